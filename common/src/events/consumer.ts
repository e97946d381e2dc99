import type { EntityManager } from 'typeorm';
import type { ConsumerSpec, EventConsumer, EventHandler, PostgresEventLog } from './bus.types';
import type { BusEvent, EventType } from './envelope';
import { Pump } from './pump';
import { ident } from './sql';
import { log } from '../log';

export interface ConsumerOptions extends ConsumerSpec {
  bus: PostgresEventLog;
}

/**
 * The Postgres bus's consumer. Reads the bus from its stored offset and applies each event in its own transaction together with
 * the offset move and a processed-event row: a crash at any point leaves either both or neither, so
 * every event is applied exactly once across crashes, restarts, redelivery and N replicas (the offset
 * row is locked per event).
 */
export class Consumer implements EventConsumer {
  private readonly pump: Pump;
  private readonly types: EventType[];
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly options: ConsumerOptions) {
    ident(options.schema);
    this.types = Object.keys(options.handlers) as EventType[];
    this.pump = new Pump(
      async () => (await this.runOnce()) === this.batchSize,
      options.pollMs ?? 1000,
      (e) => (options.onError ?? ((err) => log(options.schema).error({ err, consumer: options.name }, `consumer ${options.name} failed; it retries from its offset`)))(e),
    );
  }

  get name() {
    return this.options.name;
  }

  private get batchSize() {
    return this.options.batchSize ?? 100;
  }

  /** Applies the next batch; returns how many events it read. Throws on a handler failure (after committing the ones before). */
  async runOnce(): Promise<number> {
    const { dataSource, schema, name, bus } = this.options;
    const position = await this.position(dataSource.manager);
    const events = await bus.read(dataSource.manager, position, this.types, this.batchSize);
    for (const event of events) {
      await dataSource.transaction(async (manager) => {
        const [{ position: current }] = await manager.query(
          `select position from ${schema}.consumer_offsets where consumer = $1 for update`,
          [name],
        );
        if (Number(current) >= event.seq) return; // another replica got here first
        const inserted = await manager.query(
          `insert into ${schema}.processed_events (consumer, event_id) values ($1, $2) on conflict do nothing returning event_id`,
          [name, event.id],
        );
        if (inserted.length > 0) await this.handle(event, manager);
        await manager.query(`update ${schema}.consumer_offsets set position = $2, updated_at = now() where consumer = $1`, [
          name,
          event.seq,
        ]);
      });
    }
    return events.length;
  }

  /** Applies events until caught up with the bus (tests, rebuilds). */
  async drain(): Promise<number> {
    let total = 0;
    for (let n; (n = await this.runOnce()) > 0; ) total += n;
    return total;
  }

  async start(): Promise<void> {
    if (this.options.listener) {
      this.unlisten = await this.options.listener.listen(this.options.bus.channel, () => void this.pump.kick());
    }
    this.pump.start();
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.pump.stop();
  }

  private async handle(event: BusEvent, manager: EntityManager) {
    const handler = this.options.handlers[event.type] as EventHandler | undefined;
    try {
      await handler?.(event, manager);
    } catch (error) {
      this.options.onError?.(error, event);
      throw error;
    }
  }

  private async position(manager: EntityManager): Promise<number> {
    const { schema, name } = this.options;
    await manager.query(`insert into ${schema}.consumer_offsets (consumer) values ($1) on conflict do nothing`, [name]);
    const [row] = await manager.query(`select position from ${schema}.consumer_offsets where consumer = $1`, [name]);
    return Number(row.position);
  }
}
