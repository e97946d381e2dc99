import { sqlMigration } from '@member-graph/common/db';

/**
 * The rewards catalogue: rewards priced in points (with a price ratio per tier code), their stock
 * (`exchanged` only grows while below `stock`; null stock is unlimited), and each member's exchanges
 * (one per customer and idempotency key, pointing at the REDEEM line that paid for it).
 */
export const RewardsCatalogue = sqlMigration('RewardsCatalogue', 1763900040400, [
  `create table loyalty.rewards (
     id bigint generated always as identity primary key,
     name text not null,
     description text,
     kind text not null check (kind in ('COUPON_TEMPLATE', 'GIFT', 'FREE_RETURN_VOUCHER')),
     coupon_template_id uuid,
     points_price integer not null check (points_price > 0),
     tier_ratios jsonb not null default '{}'::jsonb,
     stock integer check (stock >= 0),
     exchanged integer not null default 0 check (exchanged >= 0),
     active boolean not null default true,
     valid_from timestamptz,
     valid_until timestamptz,
     created_by text,
     created_at timestamptz not null,
     updated_at timestamptz not null,
     check (stock is null or exchanged <= stock),
     check ((kind = 'COUPON_TEMPLATE') = (coupon_template_id is not null)),
     check (valid_from is null or valid_until is null or valid_from < valid_until)
   )`,
  `create table loyalty.reward_exchanges (
     id bigint generated always as identity primary key,
     customer_id uuid not null,
     reward_id bigint not null references loyalty.rewards (id),
     reward_name text not null,
     kind text not null,
     coupon_template_id uuid,
     tier text not null,
     points integer not null check (points > 0),
     balance_after integer not null,
     entry_id bigint not null,
     idempotency_key text not null,
     created_at timestamptz not null,
     unique (customer_id, idempotency_key)
   )`,
  `create index reward_exchanges_customer on loyalty.reward_exchanges (customer_id, id desc)`,
]);
