import { DAY_MS, shanghaiDate } from '@member-graph/common';

/** Asia/Shanghai is UTC+8 all year (no DST). */
const OFFSET_MS = 8 * 3_600_000;

/** The calendar year and month (1–12) of an instant in Asia/Shanghai. */
export function shanghaiYearMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** The instant a Shanghai month starts; months past 12 roll into later years. */
export function shanghaiMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - OFFSET_MS);
}

/** The start of the Shanghai month `months` after the month of `at` (0 = the month of `at`). */
export function monthStartAfter(at: Date, months: number): Date {
  const { year, month } = shanghaiYearMonth(at);
  return shanghaiMonthStart(year, month + months);
}

/** The instant the end of the N-th month after the month of `at` is reached (Shanghai): N=12 on 2026-01-15 → 2027-02-01T00:00+08:00. */
export const endOfNthMonthAfter = (at: Date, n: number) => monthStartAfter(at, n + 1);

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

export { shanghaiDate };
