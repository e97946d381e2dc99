import { sqlMigration } from '@member-graph/common/db';

/**
 * The audit of identities an admin took off a customer (a wrong link): which kind of identity, by
 * whom, when, and why; never the identifier itself (a phone or openid is personal data).
 */
export const IdentityUnlinks = sqlMigration('IdentityUnlinks', 1763900029000, [
  `create table customer.identity_unlinks (
     id bigint generated always as identity primary key,
     customer_id uuid not null references customer.customers(id),
     type text not null,
     app_id text not null,
     reason text not null,
     actor_id text not null,
     actor_role text not null,
     unlinked_at timestamptz not null
   )`,
  `create index identity_unlinks_customer on customer.identity_unlinks (customer_id, unlinked_at)`,
]);
