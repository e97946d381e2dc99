import { conditionalExpectedPurchases, type BgNbdParams, type Frequency } from './bgnbd';

/** Length of one discounting step in days (purchases within a step are discounted at its end). */
export const CLV_STEP_DAYS = 30;
const WEEK_DAYS = 7;

/**
 * Customer lifetime value over the next `days`, discounted: the horizon is cut into 30-day steps (the
 * last one shorter); the purchases expected in step k, E[Y(t_k)] − E[Y(t_{k−1})] (BG/NBD), are valued
 * at the expected average order value (Gamma-Gamma) and discounted to today by
 * (1 + annualDiscountRate)^(−t_k / 365), t_k being the step's end in days.
 */
export function customerLifetimeValue(model: BgNbdParams, c: Frequency, averageValue: number, days: number, annualDiscountRate: number): number {
  let value = 0;
  let previous = 0;
  for (let end = Math.min(CLV_STEP_DAYS, days); ; end = Math.min(end + CLV_STEP_DAYS, days)) {
    const expected = conditionalExpectedPurchases(model, c, end / WEEK_DAYS);
    value += ((expected - previous) * averageValue) / Math.pow(1 + annualDiscountRate, end / 365);
    previous = expected;
    if (end >= days) return value;
  }
}

/**
 * The first day (1..horizonDays) by which one purchase is expected (E[Y(t)] ≥ 1), found by bisection
 * since E[Y(t)] grows with t; null when fewer than one purchase is expected within the horizon.
 */
export function daysUntilNextExpectedPurchase(model: BgNbdParams, c: Frequency, horizonDays: number): number | null {
  const expectedBy = (day: number) => conditionalExpectedPurchases(model, c, day / WEEK_DAYS);
  if (expectedBy(horizonDays) < 1) return null;
  let low = 0; // expectedBy(low) < 1
  let high = horizonDays; // expectedBy(high) ≥ 1
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (expectedBy(mid) >= 1) high = mid;
    else low = mid;
  }
  return high;
}
