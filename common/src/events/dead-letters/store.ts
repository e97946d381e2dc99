import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '../../auth/actor';
import { notFound } from '../../errors/domain-error';
import { badParkedCursor, consumersNotRunning, parkedEventHeld } from './dead-letter.errors';
import { decodeCursor, pageSize, toConnection } from '../../graphql/pagination';
import type { EventBus } from '../bus';
import type { EventHandler, HandlerMap } from '../bus.types';
import { ident } from '../sql';
import { describeError, lockAggregate } from './apply';
import { runHandler } from './retry';

export type DeadLetterStatus = 'PARKED' | 'HELD' | 'REPLAYED';

/** One row of a subgraph's dead-letter table, as the admin API shows it (no payload: it may name a person). */
export interface DeadLetter {
  id: string;
  subgraph: string;
  consumer: string;
  eventId: string;
  busSeq: number;
  type: string;
  aggregateId: string;
  status: DeadLetterStatus;
  attempts: number;
  error: string | null;
  parkedAt: Date;
  replayedAt: Date | null;
}

const COLUMNS = `id::text as id, consumer, event_id as "eventId", bus_seq::int8 as "busSeq", type, aggregate_id as "aggregateId", status,
  attempts, error, parked_at as "parkedAt", replayed_at as "replayedAt"`;

/**
 * A subgraph's parked events: the admin listing, the replay (an idempotent re-run of the handler, in
 * aggregate order) and the open counts /metrics reports. The bus and the handlers are attached by the
 * runtime that starts the consumers (`attach`).
 */
export class DeadLetterStore {
  private bus: EventBus | null = null;
  private consumers: Record<string, HandlerMap> = {};

  constructor(
    private readonly dataSource: DataSource,
    readonly schema: string,
  ) {
    ident(schema);
  }

  attach(bus: EventBus, consumers: Record<string, HandlerMap>): void {
    this.bus = bus;
    this.consumers = consumers;
  }

  /** Admins: a page of parked and held events (oldest first), optionally of one status. */
  async page(actor: Actor | null, args: { first?: number | null; after?: string | null; status?: DeadLetterStatus | null }) {
    requireRole(actor, 'admin');
    const first = pageSize(args.first);
    const [afterId] = (decodeCursor(args.after) ?? [0]) as [number];
    if (!Number.isSafeInteger(Number(afterId))) throw badParkedCursor();
    const where = `where ($1::text is null or status = $1)`;
    const rows: DeadLetter[] = await this.dataSource.query(
      `select ${COLUMNS} from ${this.schema}.dead_letters ${where} and id > $2 order by id limit $3`,
      [args.status ?? null, afterId, first + 1],
    );
    const [{ n }] = await this.dataSource.query(`select count(*)::int as n from ${this.schema}.dead_letters ${where}`, [args.status ?? null]);
    return toConnection(rows.map((r) => this.shape(r)), first, (r) => [Number(r.id)], args.after, n);
  }

  /** Open (parked or held) events per consumer and status, for /metrics. */
  openCounts(): Promise<{ consumer: string; status: DeadLetterStatus; n: number; oldest: number }[]> {
    return this.dataSource.query(
      `select consumer, status, count(*)::int as n, extract(epoch from now() - min(parked_at))::float8 as oldest
       from ${this.schema}.dead_letters where status <> 'REPLAYED' group by consumer, status`,
    );
  }

  /**
   * Admins: runs the handler of a parked event again, then each event held behind it, in order, until
   * one fails (it stays PARKED with its new error). Replaying a REPLAYED event changes nothing; a HELD
   * one waits for the parked event before it (PARKED_EVENT_HELD).
   */
  async replay(actor: Actor | null, id: string): Promise<DeadLetter> {
    requireRole(actor, 'admin');
    const row = await this.find(id);
    if (row.status === 'REPLAYED') return row;
    const [blocker] = await this.dataSource.query(
      `select id::text as id from ${this.schema}.dead_letters where consumer = $1 and aggregate_id = $2 and status <> 'REPLAYED' and id < $3 order by id limit 1`,
      [row.consumer, row.aggregateId, row.id],
    );
    if (blocker) throw parkedEventHeld(blocker.id);
    for (let next: DeadLetter | undefined = row; next && (await this.replayOne(next)); ) next = await this.nextOpen(next);
    return this.find(id);
  }

  private async replayOne(row: DeadLetter): Promise<boolean> {
    const bus = this.bus;
    if (!bus) throw consumersNotRunning();
    try {
      await this.dataSource.transaction(async (tx) => {
        await lockAggregate(tx, { schema: this.schema, name: row.consumer }, row.aggregateId);
        const [current] = await tx.query(`select status from ${this.schema}.dead_letters where id = $1 for update`, [row.id]);
        if (current.status === 'REPLAYED') return;
        const event = await bus.fetch(tx, { id: row.eventId, seq: Number(row.busSeq) });
        if (!event) throw new Error('the bus no longer holds this event');
        await this.rerun(tx, row.consumer, event);
        await tx.query(`update ${this.schema}.dead_letters set status = 'REPLAYED', replayed_at = now(), attempts = attempts + 1 where id = $1`, [row.id]);
      });
      return true;
    } catch (error) {
      await this.dataSource.query(`update ${this.schema}.dead_letters set status = 'PARKED', attempts = attempts + 1, error = $2 where id = $1`, [
        row.id,
        describeError(error),
      ]);
      return false;
    }
  }

  /** The consumer's handler, once per event (the processed-event row), in the replay's transaction. */
  private async rerun(tx: EntityManager, consumer: string, event: Parameters<EventHandler>[0]) {
    const handler = this.consumers[consumer]?.[event.type] as EventHandler | undefined;
    if (!handler) throw new Error(`consumer ${consumer} has no handler for ${event.type}`);
    const inserted = await tx.query(
      `insert into ${this.schema}.processed_events (consumer, event_id) values ($1, $2) on conflict do nothing returning event_id`,
      [consumer, event.id],
    );
    if (inserted.length > 0) await runHandler(() => handler(event, tx));
  }

  private async nextOpen(after: DeadLetter): Promise<DeadLetter | undefined> {
    const [row] = await this.dataSource.query(
      `select ${COLUMNS} from ${this.schema}.dead_letters where consumer = $1 and aggregate_id = $2 and status <> 'REPLAYED' and id > $3 order by id limit 1`,
      [after.consumer, after.aggregateId, after.id],
    );
    return row ? this.shape(row) : undefined;
  }

  private async find(id: string): Promise<DeadLetter> {
    if (!/^[0-9]{1,18}$/.test(id)) throw notFound('ParkedEvent', id);
    const [row] = await this.dataSource.query(`select ${COLUMNS} from ${this.schema}.dead_letters where id = $1`, [id]);
    if (!row) throw notFound('ParkedEvent', id);
    return this.shape(row);
  }

  private shape(row: DeadLetter): DeadLetter {
    return { ...row, subgraph: this.schema, busSeq: Number(row.busSeq) };
  }
}
