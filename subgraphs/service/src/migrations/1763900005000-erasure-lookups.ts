import { sqlMigration } from '@member-graph/common/db';

/**
 * Lookups erasure (`customer.erased`) needs, so it never scans a whole table: the classifier corrections
 * taken from a ticket, the customers service saw merged into another, and the outbox events that carry
 * a free-text note (ticket status and return stage changes), by their ticket or return id.
 */
export const ErasureLookups = sqlMigration('ErasureLookups', 1763900005000, [
  `create index classifier_corrections_ticket on service.classifier_corrections (ticket_id) where ticket_id is not null`,
  `create index customer_facts_merged_into on service.customer_facts (merged_into) where merged_into is not null`,
  `create index outbox_noted on service.outbox (aggregate_id) where type in ('ticket.status_changed', 'return.stage_changed')`,
]);
