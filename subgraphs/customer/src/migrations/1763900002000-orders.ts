import { sqlMigration } from '@member-graph/common/db';

/**
 * Orders, their lines and refunds. Money is integer cents; `external_no` / `external_refund_no` are
 * the idempotency keys of the feeds and `payload_hash` tells a replay from a conflicting payload.
 */
export const Orders = sqlMigration('Orders', 1763900002000, [
  `create table customer.orders (
     id uuid primary key default gen_random_uuid(),
     customer_id uuid not null references customer.customers(id),
     external_no text not null unique,
     channel text not null,
     store_id text,
     paid_at timestamptz not null,
     amount_cents bigint not null check (amount_cents >= 0),
     refunded_cents bigint not null default 0 check (refunded_cents >= 0 and refunded_cents <= amount_cents),
     status text not null check (status in ('PAID','PARTIALLY_REFUNDED','REFUNDED')),
     payload_hash text not null,
     created_at timestamptz not null default now()
   )`,
  `create index orders_customer_paid on customer.orders (customer_id, paid_at desc, id desc)`,
  `create table customer.order_lines (
     id uuid primary key default gen_random_uuid(),
     order_id uuid not null references customer.orders(id),
     line_no int not null,
     sku text not null,
     category text,
     quantity int not null check (quantity > 0),
     amount_cents bigint not null check (amount_cents >= 0),
     constraint order_lines_order_line_no unique (order_id, line_no)
   )`,
  `create table customer.refunds (
     id uuid primary key default gen_random_uuid(),
     order_id uuid not null references customer.orders(id),
     external_refund_no text not null unique,
     amount_cents bigint not null check (amount_cents > 0),
     reason text,
     payload_hash text not null,
     created_at timestamptz not null default now()
   )`,
  `create index refunds_order on customer.refunds (order_id, created_at, id)`,
]);
