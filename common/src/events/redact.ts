import type { EntityManager } from 'typeorm';
import type { EventCatalogue } from './catalogue';
import type { EventType } from './envelope';
import { ident } from './sql';

/** An event type and what replaces each of its personal payload fields. */
export type EventRedaction = { [T in EventType]: readonly [type: T, replacement: Partial<Record<keyof EventCatalogue[T], unknown>>] }[EventType];

/**
 * Erasure of personal content from events already written (PIPL Art. 47): in the payloads of
 * `source`'s events about `aggregateIds`, for each redaction's type, every named field that holds a
 * value gets the replacement; the rows stay (ids, order, types), so offsets, consumers and rebuilds
 * keep working. Both copies: the source's outbox (relayed or not) and the bus. Idempotent.
 */
export async function redactEvents(tx: EntityManager, source: string, aggregateIds: readonly string[], ...redactions: EventRedaction[]): Promise<void> {
  if (aggregateIds.length === 0) return;
  const redacted = `payload || (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each($3::jsonb) as r(k, v)
                                 where payload ? k and payload -> k <> 'null'::jsonb and payload -> k <> v)`;
  for (const [type, replacement] of redactions) {
    const params = [type, aggregateIds, JSON.stringify(replacement)];
    await tx.query(`update ${ident(source)}.outbox set payload = ${redacted} where type = $1 and aggregate_id = any($2::text[])`, params);
    await tx.query(`update bus.events set payload = ${redacted} where source = $4 and type = $1 and aggregate_id = any($2::text[])`, [...params, source]);
  }
}
