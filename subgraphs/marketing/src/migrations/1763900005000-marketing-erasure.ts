import { sqlMigration } from '@member-graph/common/db';

/**
 * Erasure (PIPL Art. 47): the ids of erased customers, and nothing else. A projection table (fed by
 * customer.erased, emptied and refilled by a rebuild): an event about an erased id that arrives
 * later (a refund of a kept order, a late behaviour event) is ignored instead of recreating facts.
 */
export const MarketingErasure = sqlMigration(
  'MarketingErasure',
  1763900005000,
  [`create table marketing.erased_customers (customer_id uuid primary key)`],
  [`drop table marketing.erased_customers`],
);
