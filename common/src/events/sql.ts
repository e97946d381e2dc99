/** DDL of the event platform. Identifiers are fixed strings validated here, never user input. */

const IDENT = /^[a-z_][a-z0-9_]*$/;
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Invalid SQL identifier: ${name}`);
  return name;
}

/** The channel a subgraph's outbox trigger notifies on. */
export const outboxChannel = (schema: string) => `mg_outbox_${ident(schema)}`;
/** The channel the relay notifies after appending to the bus. */
export const BUS_CHANNEL = 'mg_bus';

/** The bus: an append-only, totally ordered event log shared by all subgraphs. */
export const busSchemaSql = [
  `create schema if not exists bus`,
  `create table bus.events (
     seq bigserial primary key,
     id uuid not null unique,
     type text not null,
     aggregate_id text not null,
     occurred_at timestamptz not null,
     actor jsonb,
     payload jsonb not null,
     source text not null,
     appended_at timestamptz not null default now()
   )`,
  `create index events_type_seq on bus.events (type, seq)`,
];

/** The outbox, consumer offsets and processed-event tables every subgraph schema carries. */
export function platformTablesSql(schema: string): string[] {
  const s = ident(schema);
  return [
    `create table ${s}.outbox (
       id bigserial primary key,
       event_id uuid not null unique,
       type text not null,
       aggregate_id text not null,
       occurred_at timestamptz not null,
       actor jsonb,
       payload jsonb not null,
       created_at timestamptz not null default now(),
       published_at timestamptz
     )`,
    `create index outbox_unpublished on ${s}.outbox (id) where published_at is null`,
    `create function ${s}.notify_outbox() returns trigger language plpgsql as $$
     begin perform pg_notify('${outboxChannel(s)}', ''); return null; end $$`,
    `create trigger outbox_notify after insert on ${s}.outbox for each statement execute function ${s}.notify_outbox()`,
    `create table ${s}.consumer_offsets (
       consumer text primary key,
       position bigint not null default 0,
       updated_at timestamptz not null default now()
     )`,
    `create table ${s}.processed_events (
       consumer text not null,
       event_id uuid not null,
       processed_at timestamptz not null default now(),
       primary key (consumer, event_id)
     )`,
  ];
}
