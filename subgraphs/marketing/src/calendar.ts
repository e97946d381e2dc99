import { DAY_MS } from '@member-graph/common';

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

/** Minutes since Shanghai midnight of an instant (0–1439). */
export function shanghaiMinuteOfDay(at: Date): number {
  const local = new Date(at.getTime() + OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The instant of the next Shanghai wall-clock time `minute` (minutes since midnight) strictly after `at`. */
export function nextShanghaiTime(at: Date, minute: number): Date {
  const local = new Date(at.getTime() + OFFSET_MS);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - OFFSET_MS;
  let candidate = midnight + minute * 60_000;
  if (candidate <= at.getTime()) candidate += DAY_MS;
  return new Date(candidate);
}

/** The month (1–12) of a YYYY-MM-DD birthday, or null. */
export function birthdayMonth(birthday: string | null): number | null {
  if (!birthday || !/^\d{4}-\d{2}-\d{2}/.test(birthday)) return null;
  return Number(birthday.slice(5, 7));
}

/**
 * For each birthday month m (index m − 1), the next instant after `now` at which "birthday this
 * month" can change: the start of the next month when m is the current Shanghai month (it ends),
 * else the start of month m's next occurrence (it begins).
 */
export function birthdayBoundaries(now: Date): Date[] {
  const { year, month } = shanghaiYearMonth(now);
  return Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    if (m === month) return shanghaiMonthStart(year, month + 1);
    return m > month ? shanghaiMonthStart(year, m) : shanghaiMonthStart(year + 1, m);
  });
}

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);
