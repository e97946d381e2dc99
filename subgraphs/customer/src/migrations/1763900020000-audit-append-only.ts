import { sqlMigration } from '@member-graph/common/db';

/**
 * The audit tables (pii_reveals, erasures, merges, consent_history) are append-only for the app role
 * (its UPDATE, DELETE and TRUNCATE are revoked after every migration: `appendOnlyTables`). The two
 * changes the domain needs go through these functions, owned by the schema owner, each doing exactly
 * one thing: a merge moves the merged customer's consent history to the survivor (rows unchanged but
 * their owner), and an erasure deletes the consent history of the customers its erasure record names
 * (so it cannot run before the undeletable record exists).
 */
export const AuditAppendOnly = sqlMigration('AuditAppendOnly', 1763900020000, [
  `create function customer.move_consent_history(from_id uuid, to_id uuid) returns integer
     language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
   declare moved integer;
   begin
     if from_id = to_id or (select count(*) from customer.customers where id in (from_id, to_id) and status = 'ACTIVE') <> 2 then
       raise exception 'consent history moves only between two active customers being merged' using errcode = '22023';
     end if;
     update customer.consent_history set customer_id = to_id where customer_id = from_id;
     get diagnostics moved = row_count;
     return moved;
   end $$`,
  `revoke all on function customer.move_consent_history(uuid, uuid) from public`,
  `create function customer.erase_consent_history(erased_id uuid) returns integer
     language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
   declare deleted integer;
   begin
     delete from customer.consent_history h using customer.erasures e
      where e.customer_id = erased_id and (h.customer_id = e.customer_id or h.customer_id = any(e.former_ids));
     get diagnostics deleted = row_count;
     return deleted;
   end $$`,
  `revoke all on function customer.erase_consent_history(uuid) from public`,
]);
