import { ident } from '../sql';

/**
 * A subgraph's dead-letter table: events a consumer gave up on (PARKED, with the handler's last error)
 * and the later events of the same aggregate it held back behind them (HELD), until an admin replays
 * them (REPLAYED). It holds references, not payloads: a replay reads the event from the bus again.
 */
export function deadLetterTableSql(schema: string): string[] {
  const s = ident(schema);
  return [
    `create table ${s}.dead_letters (
       id bigserial primary key,
       consumer text not null,
       event_id uuid not null,
       bus_seq bigint not null,
       type text not null,
       aggregate_id text not null,
       status text not null check (status in ('PARKED', 'HELD', 'REPLAYED')),
       attempts int not null default 0,
       error text,
       parked_at timestamptz not null default now(),
       replayed_at timestamptz,
       unique (consumer, event_id)
     )`,
    `create index dead_letters_open on ${s}.dead_letters (consumer, aggregate_id, id) where status <> 'REPLAYED'`,
  ];
}
