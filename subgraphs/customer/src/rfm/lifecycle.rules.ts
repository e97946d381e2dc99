import { DAY_MS, shanghaiDate } from '@member-graph/common/time';
import { LifecycleStage } from './lifecycle.enums';

/**
 * Lifecycle thresholds. "Days since" counts Asia/Shanghai calendar days between the last paid
 * order and now (an order paid today is 0 days ago). Orders that are fully refunded, or paid after
 * now, do not count. The rules, first match wins:
 * - POTENTIAL: no order.
 * - NEW: exactly one order, paid less than {@link NEW_WITHIN_DAYS} days ago.
 * - LOYAL: at least {@link LOYAL_MIN_ORDERS} orders, the last paid less than {@link ACTIVE_WITHIN_DAYS} days ago.
 * - ACTIVE: the last order paid less than {@link ACTIVE_WITHIN_DAYS} days ago.
 * - AT_RISK: the last order paid {@link ACTIVE_WITHIN_DAYS}–{@link CHURNED_AFTER_DAYS} days ago (both included).
 * - CHURNED: the last order paid more than {@link CHURNED_AFTER_DAYS} days ago.
 * The same rules run in SQL for the whole base (rfm.repository.ts) and in TypeScript for one customer.
 */
export const NEW_WITHIN_DAYS = 30;
/** A last order younger than this many days keeps a customer ACTIVE (or LOYAL). */
export const ACTIVE_WITHIN_DAYS = 90;
/** A last order older than this many days means CHURNED. */
export const CHURNED_AFTER_DAYS = 180;
/** Orders needed (with a recent last order) to be LOYAL. */
export const LOYAL_MIN_ORDERS = 5;

/** The purchase facts the stage is derived from. */
export interface PurchaseFacts {
  /** Counted orders (not fully refunded, paid at or before now). */
  orders: number;
  /** When the last counted order was paid; null with no orders. */
  lastPaidAt: Date | null;
}

/** Whole Asia/Shanghai calendar days from `from` to `to` (0 on the same Shanghai day). */
export function shanghaiDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(shanghaiDate(to)) - Date.parse(shanghaiDate(from))) / DAY_MS);
}

/** The lifecycle stage of a customer with these facts at `now`. */
export function classifyLifecycle(facts: PurchaseFacts, now: Date): LifecycleStage {
  if (facts.orders <= 0 || !facts.lastPaidAt) return LifecycleStage.POTENTIAL;
  const days = shanghaiDaysBetween(facts.lastPaidAt, now);
  if (facts.orders === 1 && days < NEW_WITHIN_DAYS) return LifecycleStage.NEW;
  if (days < ACTIVE_WITHIN_DAYS) return facts.orders >= LOYAL_MIN_ORDERS ? LifecycleStage.LOYAL : LifecycleStage.ACTIVE;
  if (days <= CHURNED_AFTER_DAYS) return LifecycleStage.AT_RISK;
  return LifecycleStage.CHURNED;
}

/** The thresholds in the order rfm.repository.ts takes them as parameters $2..$5. */
export const LIFECYCLE_SQL_PARAMS = [NEW_WITHIN_DAYS, ACTIVE_WITHIN_DAYS, CHURNED_AFTER_DAYS, LOYAL_MIN_ORDERS] as const;
