import type { DataSource } from 'typeorm';
import type { EventBus } from './bus';
import type { EventEnvelope } from './envelope';
import type { Doorbell } from './doorbell';
import { Pump } from './pump';
import { ident, outboxChannel } from './sql';
import { log } from '../log';

interface OutboxRow {
  id: number;
  event_id: string;
  type: string;
  aggregate_id: string;
  occurred_at: Date;
  actor: EventEnvelope['actor'];
  payload: unknown;
}

/**
 * Moves committed outbox rows to the bus in id order and marks them published, in one transaction
 * (the bus acknowledges them before the rows are marked; a crash in between republishes them, which
 * the bus absorbs by event id).
 * It picks every unpublished row rather than "ids above the last one", so a row whose transaction
 * committed after a later id is still relayed. N replicas may run relays: one at a time holds the
 * subgraph's relay lock and publishes; the others find it taken and wait for their next turn, without
 * holding a connection while they wait.
 */
export class OutboxRelay {
  private readonly pump: Pump;
  private unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly bus: EventBus,
    private readonly options: { listener?: Doorbell; pollMs?: number; batchSize?: number; onError?: (e: unknown) => void } = {},
  ) {
    ident(schema);
    this.pump = new Pump(
      async () => (await this.runOnce()) === (this.options.batchSize ?? 500),
      options.pollMs ?? 1000,
      options.onError ?? ((e) => log(schema).error({ err: e }, `outbox relay of ${schema} failed; it retries`)),
    );
  }

  /** Relays one batch; returns how many rows it published. */
  async runOnce(): Promise<number> {
    const limit = this.options.batchSize ?? 500;
    return this.dataSource.transaction(async (manager) => {
      // One relay per subgraph at a time: rows leave in id order, so events of one aggregate (written
      // in id order under the aggregate's lock) reach the bus in that order whichever replica relays.
      const [{ granted }] = await manager.query(`select pg_try_advisory_xact_lock(hashtext($1)) as granted`, [`member-graph:relay:${this.schema}`]);
      if (!granted) return 0; // another replica is relaying these rows now
      const rows: OutboxRow[] = await manager.query(
        `select id, event_id, type, aggregate_id, occurred_at, actor, payload from ${this.schema}.outbox
         where published_at is null order by id limit $1`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const events = rows.map(
        (r) =>
          ({
            id: r.event_id,
            type: r.type,
            aggregateId: r.aggregate_id,
            occurredAt: new Date(r.occurred_at).toISOString(),
            actor: r.actor,
            payload: r.payload,
          }) as EventEnvelope,
      );
      await this.bus.append(manager, this.schema, events);
      await manager.query(`update ${this.schema}.outbox set published_at = now() where id = any($1)`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Relays until the outbox is empty (tests and shutdown). */
  async drain(): Promise<number> {
    let total = 0;
    for (let n; (n = await this.runOnce()) > 0; ) total += n;
    return total;
  }

  async start(): Promise<void> {
    if (this.options.listener) {
      this.unlisten = await this.options.listener.listen(outboxChannel(this.schema), () => void this.pump.kick());
    }
    this.pump.start();
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.pump.stop();
  }
}
