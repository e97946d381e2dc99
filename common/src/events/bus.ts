import type { DataSource, EntityManager } from 'typeorm';
import { Consumer, type HandlerMap } from './consumer';
import type { Doorbell } from './doorbell';
import type { BusEvent, EventEnvelope, EventType } from './envelope';
import { BUS_CHANNEL } from './sql';
import type { EventRetryPolicy } from '../config/event-retry';

/** What a subgraph asks of a consumer, whichever bus carries the events. */
export interface ConsumerSpec {
  /** Stable name; the processed-event rows (and the Postgres offset or the JetStream durable) are keyed by it. */
  name: string;
  dataSource: DataSource;
  /** The subgraph schema that holds this consumer's processed-event rows. */
  schema: string;
  handlers: HandlerMap;
  /** The process's doorbell (Postgres bus: rung after each append; NATS: unused, JetStream pushes). */
  listener?: Doorbell;
  batchSize?: number;
  pollMs?: number;
  /** NATS only: how long an unacknowledged event waits before redelivery (default 30 s). */
  ackWaitMs?: number;
  onError?: (error: unknown, event?: BusEvent) => void;
  /** How a failing handler is retried before its event is parked (default: DEFAULT_EVENT_RETRY). */
  retry?: EventRetryPolicy;
}

/** A running consumer: applies each event once, in bus order, in its own transaction. */
export interface EventConsumer {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Applies events until caught up with the bus (tests, rebuilds); returns how many it read. */
  drain(): Promise<number>;
  /** Events on the bus this consumer has not applied yet (its lag), as the bus counts them. */
  lag(): Promise<number>;
}

/**
 * Where relayed events go and where consumers read them, in one order. Adapters: `PostgresBus`
 * (the embedded default) and `NatsBus` (JetStream), chosen by `BUS`.
 */
export interface EventBus {
  /**
   * Publishes envelopes (idempotent on event id) from inside the relay's transaction, in the given
   * order; resolves only once the bus has them, so the relay marks rows published after that.
   */
  append(manager: EntityManager, source: string, events: EventEnvelope[]): Promise<void>;
  /** A consumer of this bus. */
  consumer(spec: ConsumerSpec): EventConsumer;
  /** One event again by its id and bus position (an admin replays a parked event); null when the bus no longer has it. */
  fetch(manager: EntityManager, ref: { id: string; seq: number }): Promise<BusEvent | null>;
}

interface EventRow {
  seq: number;
  id: string;
  type: string;
  aggregate_id: string;
  occurred_at: Date;
  actor: BusEvent['actor'];
  payload: unknown;
  source: string;
}

export const rowToBusEvent = (r: EventRow): BusEvent =>
  ({
    seq: Number(r.seq),
    id: r.id,
    type: r.type as EventType,
    aggregateId: r.aggregate_id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    actor: r.actor,
    payload: r.payload,
    source: r.source,
  }) as BusEvent;

/** The bus as an append-only table `bus.events` with LISTEN/NOTIFY as the doorbell. */
export class PostgresBus implements EventBus {
  /** The doorbell channel consumers LISTEN on. */
  readonly channel = BUS_CHANNEL;

  async append(manager: EntityManager, source: string, events: EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    // Appends are serialised until commit, so bus seq order is commit order: a consumer that has read
    // up to seq N can never later see a smaller seq appear.
    await manager.query(`select pg_advisory_xact_lock(hashtext('member-graph:bus-append'))`);
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(e.id, e.type, e.aggregateId, e.occurredAt, e.actor ? JSON.stringify(e.actor) : null, JSON.stringify(e.payload), source);
      const b = i * 7;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7})`;
    });
    await manager.query(
      `insert into bus.events (id, type, aggregate_id, occurred_at, actor, payload, source) values ${rows.join(', ')}
       on conflict (id) do nothing`,
      values,
    );
    await manager.query(`select pg_notify($1, '')`, [this.channel]);
  }

  consumer(spec: ConsumerSpec): EventConsumer {
    return new Consumer({ ...spec, bus: this });
  }

  async fetch(manager: EntityManager, ref: { id: string }): Promise<BusEvent | null> {
    const [row] = await manager.query(`select * from bus.events where id = $1`, [ref.id]);
    return row ? rowToBusEvent(row) : null;
  }

  /** How many events of `types` (all when empty) follow `afterSeq`. */
  async countAfter(manager: EntityManager, afterSeq: number, types: readonly string[]): Promise<number> {
    const [row] =
      types.length === 0
        ? await manager.query(`select count(*)::int as n from bus.events where seq > $1`, [afterSeq])
        : await manager.query(`select count(*)::int as n from bus.events where seq > $1 and type = any($2)`, [afterSeq, types]);
    return row.n;
  }

  /** Events after `afterSeq`, of the given types (all when empty), oldest first. */
  async read(manager: EntityManager, afterSeq: number, types: readonly string[], limit: number): Promise<BusEvent[]> {
    const rows: EventRow[] =
      types.length === 0
        ? await manager.query(`select * from bus.events where seq > $1 order by seq limit $2`, [afterSeq, limit])
        : await manager.query(`select * from bus.events where seq > $1 and type = any($2) order by seq limit $3`, [
            afterSeq,
            types,
            limit,
          ]);
    return rows.map(rowToBusEvent);
  }
}
