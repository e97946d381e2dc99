import type { SqlParams } from '@member-graph/common/db';

/** One growth-value line; `amount` is signed (reversals are negative). */
export interface GrowthWrite {
  customerId: string;
  amount: number;
  reasonCode: string;
  idempotencyKey: string;
  sourceId?: string | null;
  /** When the growth counts for the rolling window (an order's paid time; a reversal takes its order's). */
  effectiveAt?: Date;
}

/**
 * The insert of one growth line (a key written before writes nothing), returning its customer_id, amount
 * and effective_at; once, or once per row of `from` (a CTE of the caller's statement that decides).
 */
export function growthInsertSql(q: SqlParams, w: GrowthWrite, now: Date, from?: string): string {
  const values = [q.add(w.customerId), `${q.add(w.amount)}::int`, q.add(w.reasonCode), q.add(w.sourceId ?? null), q.add(w.idempotencyKey), `${q.add(w.effectiveAt ?? now)}::timestamptz`, `${q.add(now)}::timestamptz`];
  return `insert into loyalty.growth_entries (customer_id, amount, reason_code, source_id, idempotency_key, effective_at, created_at)
       select ${values.join(', ')}${from ? ` from ${from}` : ''}
       on conflict (idempotency_key) do nothing returning customer_id, amount, effective_at`;
}

/** The growth of a customer in `source` (the growth table, or a CTE of lines just written) effective after `start` and up to `now`. */
export function windowGrowthSql(q: SqlParams, source: string, customerId: string, start: Date, now: Date): string {
  return `(select coalesce(sum(amount), 0)::int from ${source}
       where customer_id = ${q.add(customerId)}::uuid and effective_at > ${q.add(start)}::timestamptz and effective_at <= ${q.add(now)}::timestamptz)`;
}
