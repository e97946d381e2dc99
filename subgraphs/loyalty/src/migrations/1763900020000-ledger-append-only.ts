import { sqlMigration } from '@member-graph/common/db';

/**
 * The points ledger is append-only for the app role (UPDATE, DELETE and TRUNCATE revoked after every
 * migration: `appendOnlyTables`; the trigger keeps amounts and keys fixed even for the owner). The one
 * change the domain needs, a merge moving the merged member's lines to the survivor, goes through this
 * function owned by the schema owner: it changes the owner column only, between two members neither of
 * which is erased.
 */
export const LedgerAppendOnly = sqlMigration('LedgerAppendOnly', 1763900020000, [
  `create function loyalty.move_points_entries(from_id uuid, to_id uuid) returns integer
     language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
   declare moved integer;
   begin
     if from_id = to_id or (select count(*) from loyalty.members where customer_id in (from_id, to_id) and erased_at is null) <> 2 then
       raise exception 'ledger lines move only between two members being merged' using errcode = '22023';
     end if;
     update loyalty.points_entries set customer_id = to_id where customer_id = from_id;
     get diagnostics moved = row_count;
     return moved;
   end $$`,
  `revoke all on function loyalty.move_points_entries(uuid, uuid) from public`,
]);
