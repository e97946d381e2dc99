import { shanghaiMonthStart, shanghaiYearMonth } from '../calendar';

/** The month (1–12) of a YYYY-MM-DD birthday, or null when unknown or malformed. */
export function birthdayMonth(birthday: string | null | undefined): number | null {
  const m = birthday ? /^\d{4}-(\d{2})-\d{2}/.exec(birthday) : null;
  const month = m ? Number(m[1]) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}

/** When the birthday job should next look at a customer: the start of this year's birthday month unless it is past, else next year's. */
export function birthdayDue(month: number, now: Date): Date {
  const { year, month: current } = shanghaiYearMonth(now);
  return shanghaiMonthStart(current <= month ? year : year + 1, month);
}

/** After the job ran in (or after) the birthday month, the next look is next year's birthday month. */
export function birthdayDueAfterRun(month: number, now: Date): Date {
  const { year, month: current } = shanghaiYearMonth(now);
  return shanghaiMonthStart(current < month ? year : year + 1, month);
}

/** True when `now` falls in the birthday month (Asia/Shanghai). */
export function inBirthdayMonth(month: number, now: Date): boolean {
  return shanghaiYearMonth(now).month === month;
}
