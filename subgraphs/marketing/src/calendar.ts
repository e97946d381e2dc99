import { shanghaiMonthStart, shanghaiYearMonth } from '@member-graph/common/time';

export { addDays, addHours, nextShanghaiTime, shanghaiMinuteOfDay, shanghaiMonthStart, shanghaiYearMonth } from '@member-graph/common/time';

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

