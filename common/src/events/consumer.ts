import type { EntityManager } from 'typeorm';
import type { ConsumerSpec, EventConsumer, EventHandler, PostgresEventLog } from './bus.types';
import type { BusEvent, EventType } from './envelope';
import { Pump } from './pump';
import { applyEvents, onHandlerFailure } from './dead-letters/apply';
import { FailureCounts, HandlerFailure, waitOnRetryLater } from './dead-letters/retry';
import { ident } from './sql';
import { log } from '../log';

export interface ConsumerOptions extends ConsumerSpec {
  bus: PostgresEventLog;
}

/**
 * The Postgres bus's consumer. Reads the bus from its stored offset and applies what it read in one
 * transaction together with the offset move and a processed-event row per event (event by event, each in
 * its own transaction, when a handler of the batch fails): a crash at any point leaves either both or
 * neither, so every event is applied exactly once across crashes, restarts, redelivery and N replicas
 * (the offset row is locked per transaction).
 */
export class Consumer implements EventConsumer {
  private readonly pump: Pump;
  private readonly types: EventType[];
  private unlisten: (() => Promise<void>) | null = null;
  private readonly failures: FailureCounts;

  constructor(private readonly options: ConsumerOptions) {
    ident(options.schema);
    this.types = Object.keys(options.handlers) as EventType[];
    this.failures = new FailureCounts(options.retry);
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

  /**
   * Applies the next batch; returns how many events it read. A failing handler is retried (RetryLater,
   * after the policy's backoff) until its attempts run out, then the event is parked and the consumer
   * moves on; a database outage is thrown as is (the pump backs off and tries again, forever).
   */
  async runOnce(): Promise<number> {
    const { dataSource, bus } = this.options;
    const position = await this.position(dataSource.manager);
    const events = await bus.read(dataSource.manager, position, this.types, this.batchSize);
    if (events.length > 1 && (await this.applyTogether(events))) {
      for (const event of events) this.failures.settle(event.id);
      return events.length;
    }
    for (const event of events) {
      try {
        await this.step([event], this.apply);
      } catch (error) {
        if (!(error instanceof HandlerFailure)) throw error;
        const retry = await onHandlerFailure(this.options, this.failures, event, error, (write) => this.step([event], (tx) => write(tx)));
        if (retry) throw retry;
      }
      this.failures.settle(event.id);
    }
    return events.length;
  }

  /** Applies events in `tx` with their handlers (each held back, skipped or run; see applyEvents). */
  private readonly apply = (tx: EntityManager, events: BusEvent[]) =>
    applyEvents(tx, this.options, events, (event) => this.options.handlers[event.type] as EventHandler | undefined);

  /**
   * Applies a whole read batch in ONE transaction with one offset move (a burst costs one commit per batch,
   * not per event), in bus order, so per-aggregate order holds. A failing handler rolls the batch back and
   * answers false: the caller then applies the batch event by event, where failures are retried and parked.
   */
  private async applyTogether(events: BusEvent[]): Promise<boolean> {
    try {
      await this.step(events, this.apply);
      return true;
    } catch (error) {
      if (error instanceof HandlerFailure) return false;
      throw error;
    }
  }

  /**
   * Runs `work` on those of `events` another replica has not applied yet (the offset row locked), then moves
   * the offset past the last of them, all in one transaction.
   */
  private async step(events: BusEvent[], work: (tx: EntityManager, pending: BusEvent[]) => Promise<unknown>): Promise<void> {
    const { dataSource, schema, name } = this.options;
    await dataSource.transaction(async (manager) => {
      const [{ position: current }] = await manager.query(`select position from ${schema}.consumer_offsets where consumer = $1 for update`, [name]);
      const pending = events.filter((e) => e.seq > Number(current));
      if (pending.length === 0) return; // another replica got here first
      await work(manager, pending);
      await manager.query(`update ${schema}.consumer_offsets set position = $2, updated_at = now() where consumer = $1`, [name, pending[pending.length - 1].seq]);
    });
  }

  /** Applies events until caught up with the bus (tests, rebuilds). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.runOnce().catch(async (error) => (await waitOnRetryLater(error), -1));
      if (n === 0) return total;
      if (n > 0) total += n;
    }
  }

  async lag(): Promise<number> {
    const { dataSource, bus } = this.options;
    return bus.countAfter(dataSource.manager, await this.position(dataSource.manager), this.types);
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

  private async position(manager: EntityManager): Promise<number> {
    const { schema, name } = this.options;
    await manager.query(`insert into ${schema}.consumer_offsets (consumer) values ($1) on conflict do nothing`, [name]);
    const [row] = await manager.query(`select position from ${schema}.consumer_offsets where consumer = $1`, [name]);
    return Number(row.position);
  }
}
