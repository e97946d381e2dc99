import { badInput } from '@member-graph/common/errors';
import { conditionalExpectedPurchases, probabilityAlive } from './bgnbd';
import { customerLifetimeValue, daysUntilNextExpectedPurchase } from './clv';
import { expectedAverageValue } from './gamma-gamma';
import { spendParams, type CustomerValueRoot } from './value.records';
import type { SummaryRow } from './value.sql';
import type { CustomerSummary } from './summary';
import { DAY_MS } from '@member-graph/common/time';

export const MAX_DAYS = 3650;
/** The horizon of predictedNextPurchaseBy. */
export const NEXT_PURCHASE_HORIZON_DAYS = 3650;

/** A horizon in whole days, 1..3650, or BAD_USER_INPUT. */
export function checkDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw badInput(`days must be a whole number from 1 to ${MAX_DAYS}`, { days });
  return days;
}

/** An annual discount rate from 0 to 1 (0.1 = 10 % a year), or BAD_USER_INPUT. */
export function checkRate(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw badInput('annualDiscountRate must be from 0 to 1 (0.1 = 10 % a year)', { annualDiscountRate: rate });
  return rate;
}

/** A summary row (days, cents) in the models' units (weeks, CNY). */
export const toSummary = (row: SummaryRow): CustomerSummary => ({
  x: row.x,
  tx: row.span_days / 7,
  T: row.age_days / 7,
  monetary: row.x > 0 ? row.repeat_cents / 100 / row.x : 0,
});

export const pAlive = ({ model, summary }: CustomerValueRoot) => probabilityAlive(model, summary);

export const expectedPurchases = ({ model, summary }: CustomerValueRoot, days: number) =>
  conditionalExpectedPurchases(model, summary, checkDays(days) / 7);

/** Expected average order value in cents, or null without a spend model (or an infinite mean). */
export function expectedOrderValueCents({ model, summary }: CustomerValueRoot): number | null {
  const spend = spendParams(model);
  const value = spend && expectedAverageValue(spend, summary);
  return value === null ? null : Math.round(value * 100);
}

/** CLV over the next `days` in cents, discounted at `annualDiscountRate`; null without a spend model. */
export function clvCents(root: CustomerValueRoot, days: number, annualDiscountRate: number): number | null {
  checkDays(days);
  checkRate(annualDiscountRate);
  const spend = spendParams(root.model);
  const value = spend && expectedAverageValue(spend, root.summary);
  if (value === null) return null;
  return Math.round(customerLifetimeValue(root.model, root.summary, value, days, annualDiscountRate) * 100);
}

/** The calibration end plus the days until one purchase is expected (YYYY-MM-DD), or null beyond 10 years. */
export function predictedNextPurchaseBy({ model, summary }: CustomerValueRoot): string | null {
  const days = daysUntilNextExpectedPurchase(model, summary, NEXT_PURCHASE_HORIZON_DAYS);
  if (days === null) return null;
  return new Date(Date.parse(`${model.calibrationEnd}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
