import type { EntityManager } from 'typeorm';
import type { ConsumerSpec, EventBus, EventConsumer, PostgresEventLog } from './bus.types';
import { Consumer } from './consumer';
import type { BusEvent, EventEnvelope, EventType } from './envelope';
import { BUS_CHANNEL } from './sql';

export type { ConsumerSpec, EventBus, EventConsumer, EventHandler, HandlerMap, PostgresEventLog } from './bus.types';

/** How many events a replay hands over at a time. */
export const REPLAY_BATCH = 1000;

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
export class PostgresBus implements EventBus, PostgresEventLog {
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

  async replay(manager: EntityManager, types: readonly EventType[], onBatch: (events: BusEvent[]) => Promise<void>): Promise<void> {
    if (types.length === 0) return;
    for (let after = 0; ; ) {
      const events = await this.read(manager, after, types, REPLAY_BATCH);
      if (events.length > 0) await onBatch(events);
      if (events.length < REPLAY_BATCH) return;
      after = events[events.length - 1].seq;
    }
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
