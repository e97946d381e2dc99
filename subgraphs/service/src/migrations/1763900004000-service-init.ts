import { sqlMigration } from '@member-graph/common/db';

/**
 * Tickets (messages, history, SLA clock, escalation, category), returns (lines), surveys, the
 * classifier's agent corrections, the progress tables the subscriptions stream (each row rings a
 * NOTIFY channel), and the projections of other domains fed by events (order facts, customer facts).
 * Customer and order ids come from events; there are no foreign keys to another subgraph's tables.
 */
export const ServiceInit = sqlMigration('ServiceInit', 1763900004000, [
  // ---- projections of other domains (fed by events only)
  `create table service.customer_facts (
     customer_id uuid primary key,
     tier text,
     merged_into uuid,
     orders_count integer not null default 0,
     returns_count integer not null default 0,
     updated_at timestamptz not null default now()
   )`,
  `create table service.order_facts (
     order_id uuid primary key,
     customer_id uuid not null,
     external_no text not null,
     paid_at timestamptz not null,
     amount_cents bigint not null,
     refunded_cents bigint not null default 0,
     lines jsonb not null,
     recorded_at timestamptz not null default now()
   )`,
  `create index order_facts_customer on service.order_facts (customer_id)`,

  // ---- tickets
  `create table service.tickets (
     id uuid primary key,
     customer_id uuid not null,
     type text not null check (type in ('CONSULTATION','COMPLAINT','AFTER_SALES')),
     channel text not null,
     status text not null check (status in ('NEW','ASSIGNED','IN_PROGRESS','WAITING_CUSTOMER','RESOLVED','CLOSED')),
     priority text not null check (priority in ('LOW','NORMAL','HIGH','URGENT')),
     subject text not null,
     order_id uuid,
     category text,
     category_confidence double precision,
     category_source text,
     assignee_id text,
     skill_group text,
     manager_follow_up boolean not null default false,
     escalation_rules text[] not null default '{}',
     tier text,
     first_response_due_at timestamptz not null,
     resolution_due_at timestamptz not null,
     first_responded_at timestamptz,
     first_response_breached_at timestamptz,
     resolution_breached_at timestamptz,
     paused_at timestamptz,
     paused_ms bigint not null default 0,
     resolved_at timestamptz,
     closed_at timestamptz,
     reopened_count integer not null default 0,
     recovery_of_survey_id uuid,
     created_by_id text,
     created_by_role text,
     created_at timestamptz not null,
     updated_at timestamptz not null
   )`,
  `create index tickets_customer on service.tickets (customer_id, created_at desc, id desc)`,
  `create index tickets_queue on service.tickets (status, priority, created_at)`,
  `create index tickets_assignee on service.tickets (assignee_id) where assignee_id is not null`,
  // the SLA job's timers: only tickets whose target is still open are indexed
  `create index tickets_first_response_due on service.tickets (first_response_due_at)
     where first_responded_at is null and first_response_breached_at is null`,
  `create index tickets_resolution_due on service.tickets (resolution_due_at)
     where resolved_at is null and resolution_breached_at is null`,
  `create table service.ticket_messages (
     id bigserial primary key,
     ticket_id uuid not null references service.tickets(id),
     customer_id uuid not null,
     author text not null check (author in ('CUSTOMER','AGENT')),
     author_id text,
     channel text not null,
     body text not null,
     created_at timestamptz not null
   )`,
  `create index ticket_messages_ticket on service.ticket_messages (ticket_id, id)`,
  `create table service.ticket_history (
     id bigserial primary key,
     ticket_id uuid not null references service.tickets(id),
     kind text not null,
     from_value text,
     to_value text,
     rule text,
     note text,
     actor_id text,
     actor_role text,
     at timestamptz not null
   )`,
  `create index ticket_history_ticket on service.ticket_history (ticket_id, id)`,
  `create table service.classifier_corrections (
     id bigserial primary key,
     ticket_id uuid references service.tickets(id),
     text text not null,
     label text not null,
     previous_label text,
     actor_id text,
     created_at timestamptz not null
   )`,

  // ---- returns
  `create table service.returns (
     id uuid primary key,
     customer_id uuid not null,
     order_id uuid not null,
     stage text not null check (stage in ('REQUESTED','APPROVED','SHIPPED_BACK','COURIER_PICKED_UP','RECEIVED','QUALITY_CHECK','REFUNDED','REJECTED','CANCELLED')),
     reason text not null,
     photo_urls text[] not null default '{}',
     amount_cents bigint not null check (amount_cents >= 0),
     auto_approved boolean not null default false,
     decision_rule text,
     courier text,
     tracking_no text,
     refunded_at timestamptz,
     created_at timestamptz not null,
     updated_at timestamptz not null
   )`,
  `create index returns_customer on service.returns (customer_id, created_at desc, id desc)`,
  `create index returns_order on service.returns (order_id)`,
  `create table service.return_lines (
     return_id uuid not null references service.returns(id),
     sku text not null,
     quantity integer not null check (quantity > 0),
     amount_cents bigint not null check (amount_cents >= 0),
     primary key (return_id, sku)
   )`,

  // ---- satisfaction
  `create table service.surveys (
     id uuid primary key,
     customer_id uuid not null,
     ticket_id uuid unique references service.tickets(id),
     return_id uuid unique references service.returns(id),
     created_at timestamptz not null,
     answered_at timestamptz,
     csat integer check (csat between 1 and 5),
     nps integer check (nps between 0 and 10),
     ces integer check (ces between 1 and 7),
     comment text,
     recovery_ticket_id uuid,
     check ((ticket_id is null) <> (return_id is null))
   )`,
  `create index surveys_customer on service.surveys (customer_id)`,
  `create index surveys_answered on service.surveys (answered_at) where answered_at is not null`,

  // ---- progress streams (the subscriptions read these; each insert rings a NOTIFY channel)
  `create table service.ticket_progress (
     ticket_id uuid not null,
     seq int not null,
     status text not null,
     note text,
     actor_id text,
     actor_role text,
     at timestamptz not null,
     primary key (ticket_id, seq)
   )`,
  `create table service.return_progress (
     return_id uuid not null,
     seq int not null,
     stage text not null,
     note text,
     actor_id text,
     actor_role text,
     at timestamptz not null,
     primary key (return_id, seq)
   )`,
  `create table service.ticket_queue (
     seq bigserial primary key,
     ticket_id uuid not null,
     kind text not null check (kind in ('NEW','ESCALATED')),
     at timestamptz not null
   )`,
  `create function service.notify_ticket_progress() returns trigger language plpgsql as $$
   begin perform pg_notify('mg_progress_ticket', new.ticket_id::text); return null; end $$`,
  `create trigger ticket_progress_notify after insert on service.ticket_progress
     for each row execute function service.notify_ticket_progress()`,
  `create function service.notify_return_progress() returns trigger language plpgsql as $$
   begin perform pg_notify('mg_progress_return', new.return_id::text); return null; end $$`,
  `create trigger return_progress_notify after insert on service.return_progress
     for each row execute function service.notify_return_progress()`,
  `create function service.notify_ticket_queue() returns trigger language plpgsql as $$
   begin perform pg_notify('mg_ticket_queue', new.seq::text); return null; end $$`,
  `create trigger ticket_queue_notify after insert on service.ticket_queue
     for each row execute function service.notify_ticket_queue()`,
]);
