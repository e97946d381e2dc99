import { badInput } from '../errors';
import { DAY_MS } from './clock';

/** The grains a day-based trend groups by (Asia/Shanghai days, ISO weeks from Monday, calendar months). */
export type ReportPeriodCode = 'DAY' | 'WEEK' | 'MONTH';

/** The Postgres `date_trunc` unit of each grain. */
export const PERIOD_UNIT: Readonly<Record<ReportPeriodCode, 'day' | 'week' | 'month'>> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/** A checked range of Asia/Shanghai days, both ends inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

/** A checked range of calendar months, as the first day of the first and of the last month. */
export interface MonthRange {
  fromMonth: string;
  toMonth: string;
  months: number;
}

/** The earliest day a report may start: nothing in the CRM is older, so an earlier day is a typo. */
export const EARLIEST_REPORT_DAY = '1990-01-01';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The epoch milliseconds of a real calendar day (YYYY-MM-DD), or BAD_USER_INPUT naming the field. */
function dayMs(value: string, field: string): number {
  const ms = DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) throw badInput(`${field} must be a date (YYYY-MM-DD)`, { field });
  if (value < EARLIEST_REPORT_DAY) throw badInput(`${field} must not be before ${EARLIEST_REPORT_DAY}`, { field });
  return ms;
}

/** Checks `from ≤ to` and a span of at most `maxDays` days (both ends inclusive). */
export function dayRange(from: string, to: string, maxDays: number): DayRange {
  const start = dayMs(from, 'from');
  const end = dayMs(to, 'to');
  if (end < start) throw badInput('to must not be before from', { field: 'to' });
  if ((end - start) / DAY_MS + 1 > maxDays) throw badInput(`the range covers at most ${maxDays} days`, { field: 'to', maxDays });
  return { from, to };
}

/** The months touched by `from`…`to` (days), at most `maxMonths` of them. */
export function monthRange(from: string, to: string, maxMonths: number): MonthRange {
  dayRange(from, to, Number.MAX_SAFE_INTEGER);
  const months = monthsBetween(from, to) + 1;
  if (months > maxMonths) throw badInput(`the range covers at most ${maxMonths} months`, { field: 'to', maxMonths });
  return { fromMonth: `${from.slice(0, 7)}-01`, toMonth: `${to.slice(0, 7)}-01`, months };
}

/** Whole calendar months from the month of `fromMonth` to the month of `toMonth` (YYYY-MM-… days). */
export function monthsBetween(fromMonth: string, toMonth: string): number {
  return monthIndex(toMonth) - monthIndex(fromMonth);
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** The first day (YYYY-MM-01) of each month of a range, oldest first. */
export function monthStarts(range: MonthRange): string[] {
  const first = monthIndex(range.fromMonth);
  return Array.from({ length: range.months }, (_, i) => {
    const m = first + i;
    return `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
  });
}
