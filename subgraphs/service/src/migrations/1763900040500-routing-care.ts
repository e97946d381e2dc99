import { sqlMigration } from '@member-graph/common/db';

/**
 * Routing by skill and proactive care (issue 15). Agents: their skills (routing categories, languages,
 * VIP), capacity and online status; their load is counted from their open tickets (the partial index).
 * Tickets learn their language (routing), the SKU a complaint is about, and the care cluster a
 * proactive care ticket belongs to (one per customer per cluster: the unique index). Care clusters:
 * complaints about one SKU that reached the threshold within the window; `done_at` once every recent
 * buyer got their care ticket.
 */
export const RoutingCare = sqlMigration('RoutingCare', 1763900040500, [
  `create table service.agents (
     agent_id text primary key,
     display_name text,
     categories text[] not null default '{}',
     languages text[] not null default '{}',
     vip boolean not null default false,
     capacity integer not null check (capacity between 0 and 100),
     online boolean not null default false,
     online_changed_at timestamptz,
     updated_by text,
     updated_at timestamptz not null
   )`,
  `create index agents_online on service.agents (agent_id) where online`,
  `alter table service.tickets add column language text, add column sku text, add column care_cluster_id uuid`,
  `create index tickets_assignee_open on service.tickets (assignee_id) where assignee_id is not null and status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER')`,
  `create index tickets_routing_queue on service.tickets (created_at) where assignee_id is null and status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER')`,
  `create index tickets_complaint_sku on service.tickets (sku, created_at) where sku is not null and type = 'COMPLAINT'`,
  `create unique index tickets_care_once on service.tickets (care_cluster_id, customer_id) where care_cluster_id is not null`,
  `create table service.care_clusters (
     id uuid primary key,
     sku text not null,
     complaints integer not null,
     detected_at timestamptz not null,
     buyers_since timestamptz not null,
     done_at timestamptz,
     care_tickets integer not null default 0
   )`,
  `create index care_clusters_sku on service.care_clusters (sku, detected_at)`,
  `create index order_facts_lines on service.order_facts using gin (lines jsonb_path_ops)`,
  `create index care_clusters_pending on service.care_clusters (detected_at) where done_at is null`,
]);
