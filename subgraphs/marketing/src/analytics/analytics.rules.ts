import { badInput } from '@member-graph/common/errors';
import { DAY_MS } from '@member-graph/common/time';

/** The longest range an analytics series covers (the satisfaction report's bound). */
export const MAX_RANGE_DAYS = 400;

/** A range of Asia/Shanghai business days as instants: from the first day's midnight to the midnight after the last. */
export interface DayRange {
  start: Date;
  end: Date;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Shanghai midnight starting a YYYY-MM-DD day, or null for anything that is not a real date. */
function shanghaiMidnight(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(utc);
  if (back.getUTCFullYear() !== Number(m[1]) || back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null;
  return new Date(utc - 8 * 3_600_000);
}

/**
 * Validates `from`–`to` (inclusive Asia/Shanghai business days, at most MAX_RANGE_DAYS) and answers
 * the instants that bound it; an impossible range is BAD_USER_INPUT naming the argument.
 */
export function businessDayRange(from: string, to: string, maxDays = MAX_RANGE_DAYS): DayRange {
  const start = shanghaiMidnight(from);
  if (!start) throw badInput('from must be a date (YYYY-MM-DD)', { field: 'from' });
  const last = shanghaiMidnight(to);
  if (!last) throw badInput('to must be a date (YYYY-MM-DD)', { field: 'to' });
  const days = (last.getTime() - start.getTime()) / DAY_MS + 1;
  if (days < 1) throw badInput('to must not be before from', { field: 'to' });
  if (days > maxDays) throw badInput(`the range covers at most ${maxDays} days`, { field: 'to' });
  return { start, end: new Date(last.getTime() + DAY_MS) };
}
