import { sqlMigration } from '@member-graph/common/db';

/**
 * Free returns (issue 15): each loyalty tier's benefits as service learns them from
 * `loyalty.programme_changed` (the newest version only), and whether a return's shipping was free.
 */
export const FreeReturns = sqlMigration('FreeReturns', 1763900040300, [
  `create table service.tier_benefits (
     tier text primary key,
     position integer not null,
     threshold integer not null,
     free_return_shipping integer not null,
     service_priority integer not null,
     version integer not null
   )`,
  `alter table service.returns add column free_return boolean not null default false`,
  `create index returns_free_by_customer on service.returns (customer_id, created_at) where free_return`,
]);
