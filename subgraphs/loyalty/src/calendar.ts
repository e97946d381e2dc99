import { DAY_MS, monthStartAfter, shanghaiDate } from '@member-graph/common/time';

export { addDays, monthStartAfter, shanghaiMonthStart, shanghaiYearMonth } from '@member-graph/common/time';

/** The instant the end of the N-th month after the month of `at` is reached (Shanghai): N=12 on 2026-01-15 → 2027-02-01T00:00+08:00. */
export const endOfNthMonthAfter = (at: Date, n: number) => monthStartAfter(at, n + 1);

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}


export { shanghaiDate };
