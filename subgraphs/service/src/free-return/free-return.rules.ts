import { shanghaiMonthStart, shanghaiYearMonth } from '@member-graph/common/time';

/** A tier's benefits as service learnt them from `loyalty.programme_changed`. */
export interface TierBenefitFact {
  tier: string;
  /** Position in loyalty's tier table, 0 = the base tier. */
  position: number;
  freeReturnShipping: number;
}

/** A customer's free-return standing for one calendar year. */
export interface FreeReturnStanding {
  year: number;
  allowance: number;
  used: number;
  remaining: number;
}

/**
 * The free returns a year of `tier` allows: its row, or the base tier's when the tier is unknown (null:
 * loyalty has not placed the customer yet; or a code service has not heard of); 0 before service has
 * heard of any programme.
 */
export function freeReturnAllowance(benefits: readonly TierBenefitFact[], tier: string | null): number {
  const own = tier ? benefits.find((b) => b.tier === tier) : undefined;
  const base = benefits.reduce<TierBenefitFact | undefined>((low, b) => (!low || b.position < low.position ? b : low), undefined);
  return (own ?? base)?.freeReturnShipping ?? 0;
}

/**
 * The standing from the tier's allowance, the vouchers exchanged this year (one more free return each)
 * and the free returns already used this year; a return is free while `remaining > 0`.
 */
export function freeReturnStanding(year: number, tierAllowance: number, used: number, vouchers = 0): FreeReturnStanding {
  const allowance = tierAllowance + vouchers;
  return { year, allowance, used, remaining: Math.max(0, allowance - used) };
}

/** The calendar year (Asia/Shanghai) `at` falls in, as [from, to). */
export function shanghaiYear(at: Date): { year: number; from: Date; to: Date } {
  const { year } = shanghaiYearMonth(at);
  return { year, from: shanghaiMonthStart(year, 1), to: shanghaiMonthStart(year + 1, 1) };
}
