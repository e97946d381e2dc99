import { DAY_MS } from './clock';

/** Asia/Shanghai is UTC+8 all year (no DST); business days and months are Shanghai ones. */
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

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);
