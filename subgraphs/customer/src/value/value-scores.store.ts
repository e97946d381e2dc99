import type { EntityManager } from 'typeorm';
import { envelope, type EventEnvelope, type Outbox } from '@member-graph/common/events';
import type { CustomerScore } from './value.scores';

const EVENTS_PER_INSERT = 1000;

/** Upserts the scores and answers the rows whose churn band or CLV decile moved (or were new), with the old values. */
const UPSERT_SCORES_SQL = `
with incoming as (
  select * from unnest($1::uuid[], $2::float8[], $3::int[], $4::bigint[], $5::int[])
    as t(customer_id, churn_probability, churn_band, clv_cents, clv_decile)
),
old as (select customer_id, churn_band, clv_decile from customer.customer_values where customer_id = any($1::uuid[])),
stored as (
  insert into customer.customer_values (customer_id, model_id, churn_probability, churn_band, clv_cents, clv_decile, scored_at)
  select customer_id, $6, churn_probability, churn_band, clv_cents, clv_decile, $7 from incoming
  on conflict (customer_id) do update set model_id = excluded.model_id, churn_probability = excluded.churn_probability,
    churn_band = excluded.churn_band, clv_cents = excluded.clv_cents, clv_decile = excluded.clv_decile, scored_at = excluded.scored_at
  returning customer_id
)
select i.customer_id, o.churn_band as old_band, o.clv_decile as old_decile
  from incoming i left join old o using (customer_id)
 where o.customer_id is null or o.churn_band <> i.churn_band or o.clv_decile <> i.clv_decile`;

/**
 * Stores a fit's scores inside the caller's transaction and writes customer.value_changed for every
 * customer whose churn band or CLV decile moved (or who is scored for the first time). Storing the
 * same scores again announces nothing. Returns the number of events written.
 */
export async function storeScores(tx: EntityManager, outbox: Outbox, modelId: string, scores: readonly CustomerScore[], at: Date): Promise<number> {
  if (scores.length === 0) return 0;
  const moved: { customer_id: string; old_band: number | null; old_decile: number | null }[] = await tx.query(UPSERT_SCORES_SQL, [
    scores.map((s) => s.customerId),
    scores.map((s) => s.churnProbability),
    scores.map((s) => s.churnBand),
    scores.map((s) => s.clvCents),
    scores.map((s) => s.clvDecile),
    modelId,
    at,
  ]);
  const byId = new Map(scores.map((s) => [s.customerId, s]));
  const events: EventEnvelope[] = moved.map((row) => {
    const s = byId.get(row.customer_id)!;
    return envelope('customer.value_changed', s.customerId, {
      customerId: s.customerId,
      modelId,
      churnProbability: s.churnProbability,
      churnBand: s.churnBand,
      previousChurnBand: row.old_band,
      clvCents: s.clvCents,
      clvDecile: s.clvDecile,
      previousClvDecile: row.old_decile,
    }, { actor: null, occurredAt: at });
  });
  for (let i = 0; i < events.length; i += EVENTS_PER_INSERT) await outbox.write(tx, ...events.slice(i, i + EVENTS_PER_INSERT));
  return events.length;
}
