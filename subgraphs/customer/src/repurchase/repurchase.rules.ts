import { monthsBetween } from '@member-graph/common/time';
import type { CohortRow, RepurchaseRow } from './repurchase.repository';

/** One month of the repurchase series. */
export interface RepurchaseMonth {
  month: string;
  buyers: number;
  repeatBuyers: number;
  /** repeatBuyers / buyers in percent (one decimal); null in a month without buyers. */
  ratePercent: number | null;
}

/** One cohort: the customers whose first purchase fell in `month`, and who of them bought in each month since. */
export interface Cohort {
  month: string;
  customers: number;
  /** Buyers in month 0 (all of them), 1, 2, … after the first purchase, up to the current month. */
  active: number[];
  /** `active` as a percent of `customers` (one decimal). */
  retainedPercent: number[];
}

const percent = (part: number, whole: number) => Math.round((part * 1000) / whole) / 10;

/** Every month of the range, months without buyers as zeros with a null rate. */
export function repurchaseSeries(months: readonly string[], rows: readonly RepurchaseRow[]): RepurchaseMonth[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const row = byMonth.get(month);
    const buyers = row?.buyers ?? 0;
    const repeatBuyers = row?.repeat_buyers ?? 0;
    return { month, buyers, repeatBuyers, ratePercent: buyers ? percent(repeatBuyers, buyers) : null };
  });
}

/**
 * The retention matrix: one row per cohort month of the range that has customers, each with as many
 * columns as months have passed since it up to `currentMonth` (months nobody bought in are 0).
 */
export function cohortMatrix(months: readonly string[], currentMonth: string, rows: readonly CohortRow[]): Cohort[] {
  return months
    .filter((month) => month <= currentMonth)
    .map((month) => {
      const own = rows.filter((r) => r.cohort === month);
      const active = Array.from({ length: monthsBetween(month, currentMonth) + 1 }, (_, k) => own.find((r) => r.offset === k)?.customers ?? 0);
      const customers = active[0];
      return { month, customers, active, retainedPercent: active.map((n) => (customers ? percent(n, customers) : 0)) };
    })
    .filter((c) => c.customers > 0);
}
