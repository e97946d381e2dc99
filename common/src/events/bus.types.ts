import type { DataSource, EntityManager } from 'typeorm';
import type { EventRetryPolicy } from '../config/event-retry';
import type { Doorbell } from './doorbell';
import type { BusEvent, EventEnvelope, EventType } from './envelope';

/* The bus's contracts, apart from its adapters so the adapters and their consumers need not import each other. */

/** Applies one event inside the consumer's transaction (write through `manager` only). */
export type EventHandler<T extends EventType = EventType> = (event: BusEvent<T>, manager: EntityManager) => Promise<void>;
export type HandlerMap = { [K in EventType]?: EventHandler<K> };

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
  /**
   * Every event the bus still holds whose type is in `types`, oldest first, handed to `onBatch` in
   * batches (a projection rebuild). `manager` reads the Postgres log inside the caller's transaction.
   */
  replay(manager: EntityManager, types: readonly EventType[], onBatch: (events: BusEvent[]) => Promise<void>): Promise<void>;
  /** One event again by its id and bus position (an admin replays a parked event); null when the bus no longer has it. */
  fetch(manager: EntityManager, ref: { id: string; seq: number }): Promise<BusEvent | null>;
}

/** What the Postgres bus's consumer reads: the event log in bus order, and the channel its doorbell rings on. */
export interface PostgresEventLog {
  readonly channel: string;
  read(manager: EntityManager, afterSeq: number, types: readonly string[], limit: number): Promise<BusEvent[]>;
  /** How many events of `types` (all when empty) follow `afterSeq` (a consumer's lag). */
  countAfter(manager: EntityManager, afterSeq: number, types: readonly string[]): Promise<number>;
}
