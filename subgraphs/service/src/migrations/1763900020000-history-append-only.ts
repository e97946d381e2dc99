import { sqlMigration } from '@member-graph/common/db';

/**
 * Ticket history is append-only for the app role (UPDATE, DELETE and TRUNCATE revoked after every
 * migration: `appendOnlyTables`). Erasure's redaction is the one change it allows, through this function
 * owned by the schema owner: it can only replace the notes of the given tickets with the erasure marker.
 */
export const HistoryAppendOnly = sqlMigration('HistoryAppendOnly', 1763900020000, [
  `create function service.redact_ticket_history(ticket_ids uuid[]) returns integer
     language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
   declare redacted integer;
   begin
     update service.ticket_history set note = '[erased]' where ticket_id = any(ticket_ids) and note <> '[erased]';
     get diagnostics redacted = row_count;
     return redacted;
   end $$`,
  `revoke all on function service.redact_ticket_history(uuid[]) from public`,
]);
