import { sqlMigration } from '@member-graph/common/db';

/**
 * Marketing's own tables. The projection (customer_facts, customer_skus, item_stats, item_pairs,
 * category_browses) is fed by events only and can be rebuilt from the bus; everything else is
 * marketing's own data (segments, coupons, campaigns, send log). Customer ids come from events;
 * there are no foreign keys to another subgraph's tables.
 */
export const MarketingInit = sqlMigration('MarketingInit', 1763900004000, [
  // ── projection ───────────────────────────────────────────────────────────────────────────────
  `create table marketing.customer_facts (
     customer_id uuid primary key,
     registered_at timestamptz,
     birthday date,
     lifecycle text,
     recency smallint,
     frequency smallint,
     monetary smallint,
     tier text,
     tags text[] not null default '{}',
     badges text[] not null default '{}',
     consents text[] not null default '{}',
     order_count integer not null default 0,
     spend_cents bigint not null default 0,
     first_order_at timestamptz,
     last_order_at timestamptz,
     last_active_at timestamptz,
     personalised boolean not null default true,
     personalisation_at timestamptz,
     merged_into uuid
   )`,
  `create index customer_facts_tags on marketing.customer_facts using gin (tags)`,
  `create table marketing.customer_skus (
     customer_id uuid not null,
     sku text not null,
     first_bought_at timestamptz not null,
     primary key (customer_id, sku)
   )`,
  `create table marketing.item_stats (
     sku text primary key,
     category text,
     customers integer not null check (customers >= 0)
   )`,
  `create index item_stats_popular on marketing.item_stats (customers desc, sku)`,
  `create table marketing.item_pairs (
     sku_a text not null,
     sku_b text not null,
     customers integer not null check (customers >= 0),
     primary key (sku_a, sku_b)
   )`,
  `create table marketing.category_browses (
     customer_id uuid not null,
     category text not null,
     browses integer not null,
     since timestamptz not null,
     primary key (customer_id, category)
   )`,
  `create table marketing.projection_state (
     id smallint primary key default 1 check (id = 1),
     rebuilt_at timestamptz,
     replayed_events bigint not null default 0
   )`,
  `insert into marketing.projection_state (id) values (1)`,

  // ── segments ─────────────────────────────────────────────────────────────────────────────────
  `create table marketing.segments (
     id uuid primary key,
     name text not null,
     description text,
     rule jsonb not null,
     rule_text text not null,
     version integer not null default 1,
     created_by text not null,
     created_at timestamptz not null,
     updated_at timestamptz not null,
     archived_at timestamptz
   )`,
  `create unique index segments_name on marketing.segments (lower(name)) where archived_at is null`,
  `create table marketing.segment_members (
     segment_id uuid not null references marketing.segments(id),
     customer_id uuid not null,
     since timestamptz not null,
     primary key (segment_id, customer_id)
   )`,
  `create index segment_members_customer on marketing.segment_members (customer_id)`,
  `create table marketing.segment_changes (
     id bigserial primary key,
     segment_id uuid not null,
     customer_id uuid not null,
     joined boolean not null,
     cause text not null,
     at timestamptz not null
   )`,
  `create index segment_changes_customer on marketing.segment_changes (customer_id, id desc)`,
  `create table marketing.segment_timers (
     customer_id uuid primary key,
     due_at timestamptz not null
   )`,
  `create index segment_timers_due on marketing.segment_timers (due_at)`,

  // ── coupons ──────────────────────────────────────────────────────────────────────────────────
  `create table marketing.coupon_templates (
     id uuid primary key,
     name text not null,
     kind text not null check (kind in ('AMOUNT_OFF','PERCENT_OFF','THRESHOLD','FREE_SHIPPING')),
     amount_off_cents bigint,
     percent_off integer check (percent_off between 1 and 99),
     max_discount_cents bigint,
     threshold_cents bigint,
     valid_from timestamptz,
     valid_until timestamptz,
     valid_days integer check (valid_days > 0),
     stock integer not null check (stock >= 0),
     issued integer not null default 0,
     per_customer_limit integer not null check (per_customer_limit >= 1),
     channels text[] not null,
     claimable boolean not null,
     created_by text not null,
     created_at timestamptz not null,
     constraint coupon_templates_stock check (issued >= 0 and issued <= stock)
   )`,
  `create table marketing.coupon_holdings (
     template_id uuid not null references marketing.coupon_templates(id),
     customer_id uuid not null,
     issued integer not null check (issued >= 1),
     primary key (template_id, customer_id)
   )`,
  `create table marketing.coupons (
     id uuid primary key,
     template_id uuid not null references marketing.coupon_templates(id),
     customer_id uuid not null,
     code text not null unique,
     source text not null check (source in ('CLAIM','CAMPAIGN','STAFF')),
     campaign_id uuid,
     issue_key text not null,
     issued_by text,
     issued_at timestamptz not null,
     valid_from timestamptz not null,
     valid_until timestamptz not null,
     status text not null default 'ISSUED' check (status in ('ISSUED','REDEEMED')),
     redeemed_at timestamptz,
     redemption_channel text check (redemption_channel in ('ONLINE','STORE')),
     order_id text,
     order_amount_cents bigint,
     store_id text,
     store_transaction_id text,
     discount_cents bigint,
     redeemed_by text,
     constraint coupons_issue_key unique (template_id, issue_key)
   )`,
  `create index coupons_customer on marketing.coupons (customer_id, issued_at desc)`,
  `create unique index coupons_store_transaction on marketing.coupons (store_id, store_transaction_id) where store_transaction_id is not null`,

  // ── campaigns ────────────────────────────────────────────────────────────────────────────────
  `create table marketing.channel_policies (
     channel text primary key check (channel in ('SMS','PUSH','WECHAT','EMAIL')),
     max_per_window integer not null check (max_per_window >= 0),
     window_hours integer not null check (window_hours >= 1),
     quiet_start text,
     quiet_end text,
     updated_by text not null,
     updated_at timestamptz not null
   )`,
  `create table marketing.campaigns (
     id uuid primary key,
     name text not null,
     kind text not null check (kind in ('ONE_SHOT','TRIGGERED')),
     status text not null check (status in ('DRAFT','ACTIVE','PAUSED','COMPLETED')),
     segment_id uuid references marketing.segments(id),
     channel text not null check (channel in ('SMS','PUSH','WECHAT','EMAIL')),
     coupon_template_id uuid references marketing.coupon_templates(id),
     trigger_type text,
     trigger_days integer,
     trigger_hours integer,
     trigger_count integer,
     trigger_category text,
     trigger_tier text,
     holdout_percent integer not null check (holdout_percent between 0 and 90),
     attribution_days integer not null check (attribution_days between 1 and 90),
     cost_per_message_cents bigint not null check (cost_per_message_cents >= 0),
     personalised boolean not null,
     created_by text not null,
     created_at timestamptz not null,
     launched_at timestamptz
   )`,
  `create index campaigns_active_trigger on marketing.campaigns (trigger_type) where status = 'ACTIVE'`,
  `create table marketing.campaign_variants (
     campaign_id uuid not null references marketing.campaigns(id),
     code text not null,
     weight integer not null check (weight >= 0),
     title text,
     body text,
     assigned integer not null default 0,
     primary key (campaign_id, code)
   )`,
  `create table marketing.campaign_assignments (
     campaign_id uuid not null,
     customer_id uuid not null,
     variant text not null,
     assigned_at timestamptz not null,
     primary key (campaign_id, customer_id)
   )`,
  `create table marketing.campaign_firings (
     campaign_id uuid not null,
     customer_id uuid not null,
     occurrence text not null,
     fired_at timestamptz not null,
     primary key (campaign_id, customer_id, occurrence)
   )`,
  `create table marketing.campaign_timers (
     campaign_id uuid not null,
     customer_id uuid not null,
     occurrence text not null,
     due_at timestamptz not null,
     deferred boolean not null default false,
     primary key (campaign_id, customer_id)
   )`,
  `create index campaign_timers_due on marketing.campaign_timers (due_at)`,
  `create index campaign_timers_customer on marketing.campaign_timers (customer_id)`,
  `create table marketing.send_log (
     id bigserial primary key,
     campaign_id uuid not null,
     customer_id uuid not null,
     channel text not null,
     occurrence text not null,
     variant text,
     status text not null check (status in ('SENT','SUPPRESSED','DEFERRED','HOLDOUT','FAILED')),
     reason text,
     message_id uuid,
     coupon_id uuid,
     decided_at timestamptz not null
   )`,
  `create index send_log_cap on marketing.send_log (customer_id, channel, decided_at) where status = 'SENT'`,
  `create index send_log_campaign on marketing.send_log (campaign_id, id)`,
  `create index send_log_customer on marketing.send_log (customer_id, id desc)`,
  `create table marketing.messages (
     id uuid primary key,
     campaign_id uuid not null,
     customer_id uuid not null,
     channel text not null,
     variant text not null,
     title text,
     body text,
     coupon_id uuid,
     provider text not null,
     created_at timestamptz not null
   )`,
  `create table marketing.conversions (
     campaign_id uuid not null,
     order_id text not null,
     customer_id uuid not null,
     variant text not null,
     amount_cents bigint not null,
     paid_at timestamptz not null,
     primary key (campaign_id, order_id)
   )`,
]);
