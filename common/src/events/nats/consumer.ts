import { AckPolicy, DeliverPolicy, JetStreamApiCodes, type Consumer, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { ConsumerSpec, EventConsumer } from '../bus';
import type { EventHandler } from '../bus.types';
import type { BusEvent } from '../envelope';
import { ident } from '../sql';
import { log } from '../../log';
import { isApiError, type NatsBusConnection } from './connection';
import { applyEvent, onHandlerFailure } from '../dead-letters/apply';
import { FailureCounts, HandlerFailure, waitOnRetryLater } from '../dead-letters/retry';

const DEFAULT_ACK_WAIT_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;

/** The JetStream durable name of a subgraph's consumer (unique across subgraphs). */
export const durableName = (schema: string, name: string) => `${ident(schema)}_${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * A durable JetStream pull consumer with explicit acknowledgement. `max_ack_pending: 1` makes the stream
 * hand out one event at a time across all replicas of the subgraph, so events are applied in stream
 * order (hence in order per aggregate). Each event is applied with its processed-event row in one
 * transaction and acknowledged after the commit: a crash before the ack brings a redelivery that the
 * processed-event row turns into a no-op. A failing handler gets the event back later (backoff), until
 * the retry policy's attempts run out: then the event is parked in the dead-letter table and acknowledged.
 * Each event's transaction also locks the consumer's row in `<schema>.consumer_offsets` (its position
 * stays 0 here), so whoever holds that row (a projection rebuild) pauses the consumer on every replica.
 */
export class JetStreamConsumer implements EventConsumer {
  private readonly durable: string;
  private handle: Consumer | null = null;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  private outages = 0;
  private readonly failures: FailureCounts;

  constructor(
    private readonly connection: NatsBusConnection,
    private readonly spec: ConsumerSpec,
  ) {
    this.durable = durableName(spec.schema, spec.name);
    this.failures = new FailureCounts(spec.retry);
  }

  get name() {
    return this.spec.name;
  }

  async start(): Promise<void> {
    const messages = await (await this.ensure()).consume({ max_messages: 1 });
    this.messages = messages;
    this.loop = (async () => {
      for await (const m of messages) await this.process(m).catch(() => undefined);
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
    this.messages = null;
  }

  /** Applies events until the durable has nothing pending and nothing unacknowledged. */
  async drain(): Promise<number> {
    const consumer = await this.ensure();
    let total = 0;
    for (;;) {
      const info = await consumer.info();
      if (info.num_pending === 0 && info.num_ack_pending === 0) return total;
      const m = await consumer.next({ expires: 1000 });
      if (m) {
        total++;
        await this.process(m).catch(waitOnRetryLater);
      }
    }
  }

  private async process(m: JsMsg): Promise<void> {
    let event: BusEvent;
    try {
      event = { ...m.json<BusEvent>(), seq: m.seq };
    } catch (error) {
      m.term('not an event envelope');
      return this.report(error);
    }
    const handler = this.spec.handlers[event.type] as EventHandler | undefined;
    try {
      if (handler) await this.apply(event, handler);
    } catch (error) {
      this.report(error instanceof HandlerFailure ? error.error : error, event);
      if (!(error instanceof HandlerFailure)) {
        this.outages++;
        m.nak(Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.outages)); // the database is down: retried until it is back
        throw error;
      }
      const retry = await onHandlerFailure(this.spec, this.failures, event, error, (write) => this.spec.dataSource.transaction(write));
      if (retry) {
        m.nak(retry.retryAfterMs);
        throw retry;
      }
    }
    this.outages = 0;
    this.failures.settle(event.id);
    await m.ackAck();
  }

  /** Applies one event in its transaction, after locking the consumer's offset row (as on the Postgres bus: a projection rebuild holds it). */
  private apply(event: BusEvent, handler: EventHandler) {
    const { dataSource, schema, name } = this.spec;
    return dataSource.transaction(async (tx) => {
      await tx.query(`select 1 from ${ident(schema)}.consumer_offsets where consumer = $1 for update`, [name]);
      return applyEvent(tx, this.spec, event, handler);
    });
  }

  async lag(): Promise<number> {
    const info = await (await this.ensure()).info();
    return info.num_pending + info.num_ack_pending;
  }

  private report(error: unknown, event?: BusEvent) {
    (this.spec.onError ?? ((err, e) => log(this.spec.schema).error({ err, consumer: this.spec.name, event: e && { id: e.id, type: e.type } }, `consumer ${this.spec.name} failed; the event is redelivered`)))(error, event);
  }

  /** Creates the durable on first use (all replicas agree on its config), or updates its ack wait. */
  private async ensure(): Promise<Consumer> {
    if (this.handle) return this.handle;
    const { jsm, js, names } = this.connection;
    const { dataSource, schema, name } = this.spec;
    await dataSource.query(`insert into ${ident(schema)}.consumer_offsets (consumer) values ($1) on conflict do nothing`, [name]);
    const ackWait = nanos(this.spec.ackWaitMs ?? DEFAULT_ACK_WAIT_MS);
    try {
      const info = await jsm.consumers.info(names.stream, this.durable);
      if (info.config.ack_wait !== ackWait) await jsm.consumers.update(names.stream, this.durable, { ack_wait: ackWait });
    } catch (error) {
      if (!isApiError(error, JetStreamApiCodes.ConsumerNotFound)) throw error;
      await jsm.consumers.add(names.stream, {
        durable_name: this.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        // NATS 2.9 has one filter per consumer: every event comes by, the ones without a handler are acked unread
        filter_subject: names.eventsWildcard,
        max_ack_pending: 1,
        max_deliver: -1,
        ack_wait: ackWait,
      });
    }
    this.handle = await js.consumers.get(names.stream, this.durable);
    return this.handle;
  }
}
