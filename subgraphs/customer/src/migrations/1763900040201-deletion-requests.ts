import { sqlMigration } from '@member-graph/common/db';

/**
 * Customers' account deletion requests (PIPL Art. 47): pending until the cooling-off period ends
 * (erases_at), then erased by the scheduled job, or cancelled; at most one pending per customer.
 * Also records the customers erased before erased_actors existed, so their tokens are refused too.
 */
export const DeletionRequests = sqlMigration('DeletionRequests', 1763900040201, [
  `create table customer.deletion_requests (
     id uuid primary key default gen_random_uuid(),
     customer_id uuid not null references customer.customers(id),
     requested_at timestamptz not null,
     erases_at timestamptz not null,
     status text not null check (status in ('PENDING', 'CANCELLED', 'ERASED')),
     closed_at timestamptz
   )`,
  `create unique index deletion_requests_one_pending on customer.deletion_requests (customer_id) where status = 'PENDING'`,
  `create index deletion_requests_due on customer.deletion_requests (erases_at) where status = 'PENDING'`,
  `create index deletion_requests_customer on customer.deletion_requests (customer_id, requested_at desc)`,
  `insert into customer.erased_actors (customer_id)
     select customer_id from customer.erasures union select unnest(former_ids) from customer.erasures
   on conflict do nothing`,
]);
