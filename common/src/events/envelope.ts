import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor';
import type { EventCatalogue } from './catalogue';

export type EventType = keyof EventCatalogue;

/** One domain event as it travels: written to an outbox, relayed to the bus, read by consumers. */
export interface EventEnvelope<T extends EventType = EventType> {
  /** Globally unique; consumers use it to ignore redelivery. */
  id: string;
  type: T;
  /** The id of the aggregate the event is about (a customer, an order, a ticket…). */
  aggregateId: string;
  /** ISO-8601 time of the business fact. */
  occurredAt: string;
  /** Who caused it (null for scheduled jobs and imports without an actor). */
  actor: Actor | null;
  payload: EventCatalogue[T];
}

/** An envelope as stored on the bus, with its position in the global order. */
export interface BusEvent<T extends EventType = EventType> extends EventEnvelope<T> {
  seq: number;
  /** The subgraph whose outbox produced it. */
  source: string;
}

/** Builds an envelope with a fresh id; `occurredAt` defaults to now. */
export function envelope<T extends EventType>(
  type: T,
  aggregateId: string,
  payload: EventCatalogue[T],
  options: { actor?: Actor | null; occurredAt?: Date } = {},
): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type,
    aggregateId,
    occurredAt: (options.occurredAt ?? new Date()).toISOString(),
    actor: options.actor ?? null,
    payload,
  };
}
