import type { EntityManager } from 'typeorm';
import { growthWindowStart } from './growth.rules';
import { type Deps } from '../deps';

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
 * Growth value: an append-only list of entries per customer; tiers look at the sum of entries whose
 * effective time lies in the rolling window. Callers hold the member lock.
 */
export class GrowthService {
  constructor(private readonly deps: Deps) {}

  /** Appends an entry unless its key was written before; returns whether it was written. */
  async add(tx: EntityManager, w: GrowthWrite): Promise<boolean> {
    if (w.amount === 0) return false;
    const now = this.deps.clock.now();
    const rows = await tx.query(
      `insert into loyalty.growth_entries (customer_id, amount, reason_code, source_id, idempotency_key, effective_at, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (idempotency_key) do nothing returning id`,
      [w.customerId, w.amount, w.reasonCode, w.sourceId ?? null, w.idempotencyKey, w.effectiveAt ?? now, now],
    );
    return rows.length > 0;
  }

  /** Growth earned in the window that ends now. */
  async windowGrowth(tx: EntityManager, customerId: string): Promise<number> {
    const now = this.deps.clock.now();
    const [{ growth }] = await tx.query(
      `select coalesce(sum(amount), 0)::int as growth from loyalty.growth_entries
       where customer_id = $1 and effective_at > $2 and effective_at <= $3`,
      [customerId, growthWindowStart(now, this.deps.settings.tierWindowDays), now],
    );
    return growth;
  }

  /** Moves a merged customer's growth to the survivor (the entries keep their keys, so nothing counts twice). */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(`update loyalty.growth_entries set customer_id = $2 where customer_id = $1`, [fromId, toId]);
  }
}
