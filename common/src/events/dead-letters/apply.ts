import type { EntityManager } from 'typeorm';
import type { EventHandler } from '../bus.types';
import type { BusEvent } from '../envelope';
import { ident } from '../sql';
import { RetryLater, runHandler, type FailureCounts, type HandlerFailure } from './retry';
import { log } from '../../log';

/** Where a consumer keeps its rows: its subgraph schema and its name. */
export interface ConsumerTarget {
  schema: string;
  name: string;
}

export type ApplyOutcome = 'applied' | 'skipped' | 'held';

const lockAggregate = (tx: EntityManager, t: ConsumerTarget, aggregateId: string) =>
  tx.query(`select pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [`dead-letters:${t.schema}:${t.name}`, aggregateId]);

/**
 * True when an earlier event of this aggregate is parked or held for this consumer: per-aggregate
 * order is kept by holding this one back too. Re-checked under the aggregate's lock (the one a replay
 * takes), so a replay finishing at that moment cannot leave this event stranded.
 */
export async function isHeldBack(tx: EntityManager, t: ConsumerTarget, aggregateId: string): Promise<boolean> {
  const sql = `select 1 from ${ident(t.schema)}.dead_letters where consumer = $1 and aggregate_id = $2 and status <> 'REPLAYED' limit 1`;
  if ((await tx.query(sql, [t.name, aggregateId])).length === 0) return false;
  await lockAggregate(tx, t, aggregateId);
  return (await tx.query(sql, [t.name, aggregateId])).length > 0;
}

/** Records `event` as PARKED (with its error) or HELD; a second record of the same event changes nothing. */
export async function recordDeadLetter(tx: EntityManager, t: ConsumerTarget, event: BusEvent, status: 'PARKED' | 'HELD', attempts: number, error?: unknown) {
  await tx.query(
    `insert into ${ident(t.schema)}.dead_letters (consumer, event_id, bus_seq, type, aggregate_id, status, attempts, error)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (consumer, event_id) do nothing`,
    [t.name, event.id, event.seq, event.type, event.aggregateId, status, attempts, error === undefined ? null : describeError(error)],
  );
}

/**
 * Applies one event in `tx`: held back behind a parked event of its aggregate, or run once (the
 * processed-event row makes a redelivery a no-op). A throwing handler surfaces as HandlerFailure.
 */
export async function applyEvent(tx: EntityManager, t: ConsumerTarget, event: BusEvent, handler: EventHandler | undefined): Promise<ApplyOutcome> {
  if (!handler) return 'skipped';
  if (await isHeldBack(tx, t, event.aggregateId)) {
    await recordDeadLetter(tx, t, event, 'HELD', 0);
    return 'held';
  }
  const inserted = await tx.query(
    `insert into ${ident(t.schema)}.processed_events (consumer, event_id) values ($1, $2) on conflict do nothing returning event_id`,
    [t.name, event.id],
  );
  if (inserted.length === 0) return 'skipped';
  await runHandler(() => handler(event, tx));
  return 'applied';
}

/**
 * Applies a run of events (bus order) in `tx`, as `applyEvent` would one by one, with two statements for
 * the run instead of two per event: one finds the aggregates that have a parked or held event for this
 * consumer (their events take `applyEvent`'s path, re-checked under the aggregate's lock), one records
 * every other handled event as processed (a redelivered one is not inserted, and skipped). Run under the
 * consumer's offset lock: no dead letter of this consumer can appear meanwhile (parking takes that lock
 * too, and holding happens only to the suspects), so an aggregate found clean stays clean for the run.
 */
export async function applyEvents(tx: EntityManager, t: ConsumerTarget, events: readonly BusEvent[], handlerOf: (event: BusEvent) => EventHandler | undefined): Promise<void> {
  const handled = events.filter((e) => handlerOf(e));
  if (handled.length === 0) return;
  const schema = ident(t.schema);
  const aggregates = [...new Set(handled.map((e) => e.aggregateId))];
  const suspectRows: { id: string }[] = await tx.query(
    `select distinct aggregate_id as id from ${schema}.dead_letters where consumer = $1 and aggregate_id = any($2::text[]) and status <> 'REPLAYED'`,
    [t.name, aggregates],
  );
  const suspects = new Set(suspectRows.map((r) => r.id));
  const clear = handled.filter((e) => !suspects.has(e.aggregateId)).map((e) => e.id);
  const freshRows: { event_id: string }[] = clear.length
    ? await tx.query(`insert into ${schema}.processed_events (consumer, event_id) select $1, unnest($2::uuid[]) on conflict do nothing returning event_id`, [t.name, clear])
    : [];
  const fresh = new Set(freshRows.map((r) => r.event_id));
  for (const event of handled) {
    const handler = handlerOf(event)!;
    if (suspects.has(event.aggregateId)) await applyEvent(tx, t, event, handler);
    else if (fresh.has(event.id)) await runHandler(() => handler(event, tx));
  }
}

/** The one line a parked event leaves in the log (ids and type only: no payload, no error text that could name someone). */
export const logParked = (t: ConsumerTarget, event: BusEvent, attempts: number) =>
  log(t.schema).warn({ consumer: t.name, eventId: event.id, eventType: event.type, attempts }, `consumer ${t.name} parked event ${event.id} (${event.type}) after ${attempts} attempts; see ${t.schema}.dead_letters`);

/**
 * What both consumers do when a handler failed: count the failure; once the policy's attempts are used up,
 * park the event (written through `park`, the consumer's own transaction for it) and log it, answering
 * null (move on); before that, answer the RetryLater to wait for.
 */
export async function onHandlerFailure(
  t: ConsumerTarget,
  failures: FailureCounts,
  event: BusEvent,
  failure: HandlerFailure,
  park: (write: (tx: EntityManager) => Promise<unknown>) => Promise<unknown>,
): Promise<RetryLater | null> {
  const decision = failures.fail(event.id);
  if (!decision.park) return new RetryLater(failure.error, decision.retryAfterMs);
  await park((tx) => recordDeadLetter(tx, t, event, 'PARKED', decision.attempts, failure));
  logParked(t, event, decision.attempts);
  return null;
}

/** The error as an operator reads it: its code when it has one, its message, at most 1,000 characters. */
export function describeError(error: unknown): string {
  const inner = (error as { error?: unknown })?.error ?? error;
  const code = (inner as { code?: unknown })?.code;
  const message = inner instanceof Error ? inner.message : String(inner);
  return `${typeof code === 'string' ? `${code}: ` : ''}${message}`.slice(0, 1000);
}

export { lockAggregate };
