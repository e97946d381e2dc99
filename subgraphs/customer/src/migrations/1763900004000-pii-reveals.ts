import { sqlMigration } from '@member-graph/common/db';

/** The audit of unmasked PII shown to staff: who saw which field of which customer, and when. */
export const PiiReveals = sqlMigration('PiiReveals', 1763900004000, [
  `create table customer.pii_reveals (
     id bigint generated always as identity primary key,
     customer_id uuid not null references customer.customers(id),
     field text not null check (field in ('PHONE','EMAIL')),
     actor_id text not null,
     actor_role text not null,
     at timestamptz not null
   )`,
  `create index pii_reveals_customer on customer.pii_reveals (customer_id, at desc, id desc)`,
]);
