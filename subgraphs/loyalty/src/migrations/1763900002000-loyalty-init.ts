import { sqlMigration } from '@member-graph/common/db';

/**
 * Members (tier, referral code, birthday timer), the append-only points ledger with its FIFO lots,
 * growth entries, tier history, order earnings and refunds, check-ins, engagements, badges,
 * referrals and birthday grants. Customer ids come from events; there are no foreign keys to
 * another subgraph's tables.
 */
export const LoyaltyInit = sqlMigration('LoyaltyInit', 1763900002000, [
  `create table loyalty.members (
     customer_id uuid primary key,
     referral_code text not null unique,
     tier text not null,
     tier_since timestamptz not null,
     tier_valid_until timestamptz,
     tier_review_at timestamptz,
     birthday date,
     birthday_due_at timestamptz,
     registered_at timestamptz,
     merged_into uuid references loyalty.members(customer_id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index members_tier_review on loyalty.members (tier_review_at) where tier_review_at is not null and merged_into is null`,
  `create index members_birthday_due on loyalty.members (birthday_due_at) where birthday_due_at is not null and merged_into is null`,
  `create index members_merged_into on loyalty.members (merged_into) where merged_into is not null`,

  `create table loyalty.points_entries (
     id bigserial primary key,
     customer_id uuid not null,
     type text not null check (type in ('EARN','REDEEM','EXPIRE','REVERSE','ADJUST')),
     amount integer not null check (amount <> 0),
     balance_after integer not null,
     reason_code text not null,
     source_type text,
     source_id text,
     store_id text,
     actor_id text,
     actor_role text,
     note text,
     idempotency_key text not null unique,
     request_hash text,
     expires_at timestamptz,
     created_at timestamptz not null
   )`,
  `create index points_entries_customer on loyalty.points_entries (customer_id, id desc)`,
  // Append-only: amounts, types and keys never change and rows are never deleted; only the owner
  // moves when customers merge.
  `create function loyalty.points_entries_append_only() returns trigger language plpgsql as $$
   begin
     if tg_op = 'DELETE' then raise exception 'loyalty.points_entries is append-only'; end if;
     if (new.id, new.type, new.amount, new.balance_after, new.reason_code, new.source_id, new.idempotency_key, new.created_at)
        is distinct from (old.id, old.type, old.amount, old.balance_after, old.reason_code, old.source_id, old.idempotency_key, old.created_at)
     then raise exception 'loyalty.points_entries is append-only'; end if;
     return new;
   end $$`,
  `create trigger points_entries_append_only before update or delete on loyalty.points_entries
     for each row execute function loyalty.points_entries_append_only()`,
  `create table loyalty.points_lots (
     entry_id bigint primary key references loyalty.points_entries(id),
     customer_id uuid not null,
     amount integer not null check (amount > 0),
     remaining integer not null check (remaining >= 0 and remaining <= amount),
     expires_at timestamptz not null
   )`,
  `create index points_lots_open on loyalty.points_lots (customer_id, expires_at) where remaining > 0`,
  `create index points_lots_due on loyalty.points_lots (expires_at) where remaining > 0`,

  `create table loyalty.growth_entries (
     id bigserial primary key,
     customer_id uuid not null,
     amount integer not null check (amount <> 0),
     reason_code text not null,
     source_id text,
     idempotency_key text not null unique,
     effective_at timestamptz not null,
     created_at timestamptz not null
   )`,
  `create index growth_entries_customer on loyalty.growth_entries (customer_id, effective_at)`,

  `create table loyalty.tier_changes (
     id bigserial primary key,
     customer_id uuid not null,
     from_tier text,
     to_tier text not null,
     reason text not null check (reason in ('UPGRADE','DOWNGRADE','RENEW','MERGE')),
     growth integer not null,
     valid_until timestamptz,
     changed_at timestamptz not null
   )`,
  `create index tier_changes_customer on loyalty.tier_changes (customer_id, id)`,

  `create table loyalty.order_earnings (
     order_id text primary key,
     customer_id uuid not null,
     channel text not null,
     store_id text,
     amount_cents bigint not null,
     points integer not null,
     growth integer not null,
     refunded_cents bigint not null default 0,
     points_reversed integer not null default 0,
     growth_reversed integer not null default 0,
     points_entry_id bigint,
     paid_at timestamptz not null,
     effective_at timestamptz not null,
     recorded_at timestamptz not null
   )`,
  `create index order_earnings_customer on loyalty.order_earnings (customer_id)`,
  `create table loyalty.order_refunds (
     refund_id text primary key,
     order_id text not null,
     customer_id uuid not null,
     amount_cents bigint not null,
     points_reversed integer not null,
     growth_reversed integer not null,
     refunded_at timestamptz not null
   )`,

  `create table loyalty.check_ins (
     customer_id uuid not null,
     day date not null,
     streak integer not null check (streak >= 1),
     growth integer not null,
     points integer not null,
     created_at timestamptz not null,
     primary key (customer_id, day)
   )`,
  `create table loyalty.engagements (
     id bigserial primary key,
     customer_id uuid not null,
     kind text not null,
     source_id text not null,
     day date not null,
     growth integer not null,
     created_at timestamptz not null,
     constraint engagements_once unique (customer_id, kind, source_id)
   )`,
  `create index engagements_day on loyalty.engagements (customer_id, kind, day)`,

  `create table loyalty.customer_badges (
     customer_id uuid not null,
     code text not null,
     earned_at timestamptz not null,
     primary key (customer_id, code)
   )`,

  `create table loyalty.referrals (
     referee_id uuid primary key,
     referrer_id uuid,
     code text not null,
     status text not null check (status in ('PENDING','REWARDED','REFUSED','VOID')),
     refusal_reason text,
     reward_order_id text,
     created_at timestamptz not null,
     updated_at timestamptz not null
   )`,
  `create index referrals_referrer on loyalty.referrals (referrer_id)`,

  `create table loyalty.birthday_grants (
     customer_id uuid not null,
     year integer not null,
     month integer not null,
     tier text not null,
     gift_points integer not null,
     multiplier double precision not null,
     granted_at timestamptz not null,
     primary key (customer_id, year)
   )`,
]);
