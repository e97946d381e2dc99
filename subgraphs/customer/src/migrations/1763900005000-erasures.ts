import { sqlMigration } from '@member-graph/common/db';

/** The record of each erasure (who erased which customer, why and when; no personal data), and the outbox lookup erasure redacts by. */
export const Erasures = sqlMigration('Erasures', 1763900005000, [
  `create table customer.erasures (
     customer_id uuid primary key references customer.customers(id),
     former_ids uuid[] not null,
     actor_id text not null,
     actor_role text not null,
     reason text not null,
     at timestamptz not null
   )`,
  `create index outbox_aggregate on customer.outbox (aggregate_id)`,
]);
