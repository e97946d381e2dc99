import { sqlMigration } from '@member-graph/common/db';

/** Each lifecycle stage move of a customer with its time and cause (append-only history for staff). */
export const LifecycleTransitions = sqlMigration('LifecycleTransitions', 1763900026000, [
  `create table customer.lifecycle_transitions (
     id bigint generated always as identity primary key,
     customer_id uuid not null references customer.customers(id),
     from_stage text not null,
     to_stage text not null,
     cause text not null check (cause in ('ORDER_RECORDED','ORDER_REFUNDED','MERGE','DAILY_REFRESH','MANUAL_REFRESH')),
     at timestamptz not null
   )`,
  `create index lifecycle_transitions_customer on customer.lifecycle_transitions (customer_id, at desc, id desc)`,
]);
