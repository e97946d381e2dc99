import { sqlMigration } from '@member-graph/common/db';

/**
 * The audit of sensitive profile changes (birthday, phone): which fields changed, by whom, when;
 * never the values (the profile holds the current ones; the trail must not become a copy of PII).
 */
export const ProfileChanges = sqlMigration('ProfileChanges', 1763900025000, [
  `create table customer.profile_changes (
     id bigint generated always as identity primary key,
     customer_id uuid not null references customer.customers(id),
     fields text[] not null check (cardinality(fields) > 0),
     actor_id text not null,
     actor_role text not null,
     changed_at timestamptz not null
   )`,
  `create index profile_changes_customer on customer.profile_changes (customer_id, changed_at)`,
]);
