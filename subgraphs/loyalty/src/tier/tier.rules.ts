import type { TierDefinition } from './tier.definitions';
import { addDays, endOfNthMonthAfter } from '../calendar';

/** Position of a tier in the table (unknown codes count as the base tier). */
export function tierIndex(tiers: readonly TierDefinition[], code: string): number {
  const i = tiers.findIndex((t) => t.code === code);
  return i < 0 ? 0 : i;
}

export const tierByCode = (tiers: readonly TierDefinition[], code: string) => tiers[tierIndex(tiers, code)];

/** The highest tier whose threshold the growth meets. */
export function tierForGrowth(tiers: readonly TierDefinition[], growth: number): TierDefinition {
  let found = tiers[0];
  for (const t of tiers) if (growth >= t.threshold) found = t;
  return found;
}

/** Where a customer stands: the next tier and the growth still needed for it, and to keep the current one. */
export function tierProgress(tiers: readonly TierDefinition[], currentCode: string, growth: number) {
  const i = tierIndex(tiers, currentCode);
  const current = tiers[i];
  const next = tiers[i + 1] ?? null;
  return {
    current,
    next,
    growthToNext: next ? Math.max(0, next.threshold - growth) : 0,
    growthToKeep: Math.max(0, current.threshold - growth),
  };
}

/**
 * The period of a tier reached or kept at `at`: valid until the end of the N-th month after, reviewed
 * for a downgrade after the grace days. The base tier has no period.
 */
export function tierPeriod(
  tiers: readonly TierDefinition[],
  code: string,
  at: Date,
  s: { tierPeriodMonths: number; tierGraceDays: number },
): { validUntil: Date | null; reviewAt: Date | null } {
  if (tierIndex(tiers, code) === 0) return { validUntil: null, reviewAt: null };
  const validUntil = endOfNthMonthAfter(at, s.tierPeriodMonths);
  return { validUntil, reviewAt: addDays(validUntil, s.tierGraceDays) };
}

/** Upgrade as soon as the growth meets a higher threshold; never downgrade here. */
export function upgradeTarget(tiers: readonly TierDefinition[], currentCode: string, growth: number): TierDefinition | null {
  const target = tierForGrowth(tiers, growth);
  return tierIndex(tiers, target.code) > tierIndex(tiers, currentCode) ? target : null;
}

/** At period end plus grace: keep (renew) the tier the growth still earns, or move to the one it earns. */
export function reviewOutcome(tiers: readonly TierDefinition[], currentCode: string, growth: number) {
  const target = tierForGrowth(tiers, growth);
  const diff = tierIndex(tiers, target.code) - tierIndex(tiers, currentCode);
  return { to: target, reason: diff < 0 ? ('DOWNGRADE' as const) : diff > 0 ? ('UPGRADE' as const) : ('RENEW' as const) };
}
