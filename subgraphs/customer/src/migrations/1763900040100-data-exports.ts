import { sqlMigration } from '@member-graph/common/db';

/**
 * The audit of personal-data exports (PIPL Art. 45): whose data, who asked (the customer themself or an
 * admin acting on their request), when; never any of the exported data. Append-only (`appendOnlyTables`).
 * Also the time indexes the admin audit trail (`auditTrail`) reads its newest-first pages by when no
 * customer is named.
 */
export const DataExports = sqlMigration('DataExports', 1763900040100, [
  `create table customer.data_exports (
     id bigint generated always as identity primary key,
     customer_id uuid not null references customer.customers(id),
     actor_id text not null,
     actor_role text not null,
     at timestamptz not null
   )`,
  `create index data_exports_customer on customer.data_exports (customer_id, at desc, id desc)`,
  `create index data_exports_at on customer.data_exports (at desc, id desc)`,
  `create index merges_at on customer.merges (merged_at desc)`,
  `create index merges_survivor on customer.merges (survivor_id)`,
  `create index merges_merged on customer.merges (merged_id)`,
  `create index erasures_at on customer.erasures (at desc)`,
  `create index pii_reveals_at on customer.pii_reveals (at desc, id desc)`,
  `create index consent_history_at on customer.consent_history (at desc, id desc)`,
  `create index profile_changes_at on customer.profile_changes (changed_at desc, id desc)`,
  `create index identity_unlinks_at on customer.identity_unlinks (unlinked_at desc, id desc)`,
]);
