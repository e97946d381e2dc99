import type { EntityManager } from 'typeorm';
import { queryRows, SqlParams } from '@member-graph/common/db';
import { growthWindowStart } from './growth.rules';
import { growthInsertSql, windowGrowthSql, type GrowthWrite } from './growth.statements';
import { type Deps } from '../deps';

/**
 * Growth value: an append-only list of entries per customer; tiers look at the sum of entries whose
 * effective time lies in the rolling window. Callers hold the member lock.
 */
export class GrowthService {
  constructor(private readonly deps: Deps) {}

  /** Appends an entry unless its key was written before; returns whether it was written. */
  async add(tx: EntityManager, w: GrowthWrite): Promise<boolean> {
    if (w.amount === 0) return false;
    const q = new SqlParams();
    const rows = await tx.query(growthInsertSql(q, w, this.deps.clock.now()), q.values);
    return rows.length > 0;
  }

  /** Growth earned in the window that ends now. */
  async windowGrowth(tx: EntityManager, customerId: string): Promise<number> {
    const now = this.deps.clock.now();
    const q = new SqlParams();
    const [{ growth }] = await queryRows<{ growth: number }>(tx, `select ${windowGrowthSql(q, 'loyalty.growth_entries', customerId, this.windowStart(now), now)} as growth`, q.values);
    return growth;
  }

  /** Where the tier window that ends at `now` begins. */
  windowStart(now: Date): Date {
    return growthWindowStart(now, this.deps.settings.tierWindowDays);
  }

  /** Moves a merged customer's growth to the survivor (the entries keep their keys, so nothing counts twice). */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(`update loyalty.growth_entries set customer_id = $2 where customer_id = $1`, [fromId, toId]);
  }
}
