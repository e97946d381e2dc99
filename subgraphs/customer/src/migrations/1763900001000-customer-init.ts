import { sqlMigration } from '@member-graph/common/db';

/** Customers, their identities across channels, and the merge audit. */
export const CustomerInit = sqlMigration('CustomerInit', 1763900001000, [
  `create extension if not exists pg_trgm with schema public`,
  `create table customer.customers (
     id uuid primary key default gen_random_uuid(),
     name text,
     gender text not null default 'UNKNOWN' check (gender in ('MALE','FEMALE','UNKNOWN')),
     birthday date,
     region text,
     phone text,
     email text,
     registered_at timestamptz not null default now(),
     registration_channel text not null,
     status text not null default 'ACTIVE' check (status in ('ACTIVE','MERGED','ERASED')),
     merged_into_id uuid references customer.customers(id),
     last_active_at timestamptz,
     recency_score smallint,
     frequency_score smallint,
     monetary_score smallint,
     rfm_computed_at timestamptz,
     lifecycle_stage text not null default 'POTENTIAL',
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index customers_registered on customer.customers (registered_at, id)`,
  `create index customers_phone on customer.customers (phone)`,
  `create index customers_name_trgm on customer.customers using gin (name public.gin_trgm_ops)`,
  `create index customers_merged_into on customer.customers (merged_into_id) where merged_into_id is not null`,
  `create table customer.identities (
     id uuid primary key default gen_random_uuid(),
     customer_id uuid not null references customer.customers(id),
     type text not null,
     app_id text not null default '',
     value text not null,
     created_at timestamptz not null default now(),
     constraint identities_unique unique (type, app_id, value)
   )`,
  `create index identities_customer on customer.identities (customer_id)`,
  `create table customer.merges (
     id uuid primary key default gen_random_uuid(),
     survivor_id uuid not null references customer.customers(id),
     merged_id uuid not null references customer.customers(id),
     actor_id text not null,
     actor_role text not null,
     reason text,
     moved jsonb not null,
     merged_at timestamptz not null default now()
   )`,
]);
