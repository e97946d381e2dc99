import { sqlMigration } from '@member-graph/common/db';

/**
 * Profile facts: tags (with expiry), consent per channel × purpose (current state + append-only
 * history), behaviour events, the RFM refresh log, and the indexes the customers listing filters on.
 */
export const ProfileFacts = sqlMigration('ProfileFacts', 1763900003000, [
  `create table customer.tags (
     customer_id uuid not null references customer.customers(id),
     name text not null check (char_length(name) between 1 and 32),
     type text not null check (type in ('ATTRIBUTE','BEHAVIOR','NEED','VALUE','SCENE')),
     source text not null check (source in ('MANUAL','RULE','MODEL')),
     expires_at timestamptz,
     created_at timestamptz not null default now(),
     created_by text not null,
     constraint tags_customer_name unique (customer_id, name)
   )`,
  `create index tags_name_customer on customer.tags (name, customer_id)`,
  `create index tags_expiry on customer.tags (expires_at) where expires_at is not null`,
  `create table customer.consents (
     customer_id uuid not null references customer.customers(id),
     channel text not null check (channel in ('SMS','PUSH','WECHAT','EMAIL')),
     purpose text not null check (purpose in ('MARKETING','SERVICE')),
     granted boolean not null,
     source text not null,
     at timestamptz not null,
     actor_id text,
     actor_role text,
     primary key (customer_id, channel, purpose)
   )`,
  `create index consents_channel_purpose on customer.consents (channel, purpose) where granted`,
  `create table customer.consent_history (
     id bigserial primary key,
     customer_id uuid not null references customer.customers(id),
     channel text not null,
     purpose text not null,
     granted boolean not null,
     source text not null,
     at timestamptz not null,
     actor_id text,
     actor_role text
   )`,
  `create index consent_history_customer on customer.consent_history (customer_id, at desc, id desc)`,
  `create table customer.behaviour_events (
     id bigserial primary key,
     customer_id uuid not null references customer.customers(id),
     kind text not null check (kind in ('LOGIN','BROWSE','SEARCH','ADD_TO_CART')),
     occurred_at timestamptz not null,
     sku text,
     category text,
     query text,
     recorded_at timestamptz not null default now()
   )`,
  `create index behaviour_events_customer on customer.behaviour_events (customer_id, occurred_at desc, id desc)`,
  `create table customer.rfm_refreshes (
     id bigserial primary key,
     computed_at timestamptz not null,
     trigger text not null,
     scored int not null,
     rfm_changed int not null,
     lifecycle_changed int not null,
     finished_at timestamptz not null default now()
   )`,
  `create index rfm_refreshes_computed on customer.rfm_refreshes (computed_at desc)`,
  // the listing: phone suffix search, score and lifecycle filters, newest first
  `create index customers_phone_reverse on customer.customers (reverse(phone) text_pattern_ops) where phone is not null`,
  `create index customers_lifecycle on customer.customers (lifecycle_stage, registered_at desc, id desc)`,
  `create index customers_rfm on customer.customers (recency_score, frequency_score, monetary_score) where recency_score is not null`,
]);
