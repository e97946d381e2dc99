import { DAY_MS, dayRange } from '@member-graph/common/time';

/** The longest range an analytics series covers (the satisfaction report's bound). */
export const MAX_RANGE_DAYS = 400;

/** A range of Asia/Shanghai business days as instants: from the first day's midnight to the midnight after the last. */
export interface DayRange {
  start: Date;
  end: Date;
}

/** The Shanghai midnight starting a (checked) YYYY-MM-DD day. */
const shanghaiMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 8 * 3_600_000);

/**
 * Validates `from`–`to` (inclusive Asia/Shanghai business days, at most MAX_RANGE_DAYS) with the shared
 * `dayRange` check and answers the instants that bound it; an impossible range is BAD_USER_INPUT naming
 * the argument.
 */
export function businessDayRange(from: string, to: string, maxDays = MAX_RANGE_DAYS): DayRange {
  dayRange(from, to, maxDays);
  return { start: shanghaiMidnight(from), end: new Date(shanghaiMidnight(to).getTime() + DAY_MS) };
}
