import { DEFAULT_BADGES, badgeTableProblems, type BadgeDefinition } from './badge/badge.definitions';
import { DEFAULT_CHECK_IN, type CheckInRewards } from './check-in/check-in.definitions';
import { DEFAULT_ENGAGEMENT, type EngagementKind, type EngagementRule } from './engagement/engagement.definitions';
import { DEFAULT_TIERS, tierTableProblems, type TierDefinition } from './tier/tier.definitions';

/** Every tunable of the loyalty programme (the tables are defined in their domain folders). */
export interface LoyaltySettings {
  tiers: TierDefinition[];
  /** Base points per yuan paid (before the tier multiplier); fractions of points are dropped. */
  pointsPerYuan: number;
  /** Growth value per yuan paid. */
  growthPerYuan: number;
  /** Points lapse at the end of the N-th month after the month they were earned in (Asia/Shanghai). */
  pointsExpiryMonths: number;
  /** `expiringSoon` looks this many days ahead. */
  expiringSoonDays: number;
  /** Tier thresholds apply to growth earned in this many days up to now. */
  tierWindowDays: number;
  /** A tier reached (or kept) is valid until the end of the N-th month after that month. */
  tierPeriodMonths: number;
  /** After a tier's period ends, this many days pass before a downgrade. */
  tierGraceDays: number;
  checkIn: CheckInRewards;
  engagement: Record<EngagementKind, EngagementRule>;
  referral: { referrerPoints: number; refereePoints: number };
  badges: BadgeDefinition[];
  jobs: { expiryEveryMs: number; birthdayEveryMs: number; tierReviewEveryMs: number; batchSize: number };
}

export const DEFAULT_SETTINGS: LoyaltySettings = {
  tiers: DEFAULT_TIERS,
  pointsPerYuan: 1,
  growthPerYuan: 1,
  pointsExpiryMonths: 12,
  expiringSoonDays: 30,
  tierWindowDays: 365,
  tierPeriodMonths: 12,
  tierGraceDays: 30,
  checkIn: DEFAULT_CHECK_IN,
  engagement: DEFAULT_ENGAGEMENT,
  referral: { referrerPoints: 200, refereePoints: 100 },
  badges: DEFAULT_BADGES,
  jobs: { expiryEveryMs: 60_000, birthdayEveryMs: 3_600_000, tierReviewEveryMs: 3_600_000, batchSize: 200 },
};

/** Checks a settings object; throws with every problem named. */
export function validateSettings(s: LoyaltySettings): LoyaltySettings {
  const problems = [...tierTableProblems(s.tiers), ...badgeTableProblems(s.badges)];
  for (const [name, value] of Object.entries({ pointsPerYuan: s.pointsPerYuan, growthPerYuan: s.growthPerYuan })) {
    if (!(value >= 0)) problems.push(`${name} must be >= 0`);
  }
  for (const [name, value] of Object.entries({
    pointsExpiryMonths: s.pointsExpiryMonths,
    expiringSoonDays: s.expiringSoonDays,
    tierWindowDays: s.tierWindowDays,
    tierPeriodMonths: s.tierPeriodMonths,
  })) {
    if (!Number.isInteger(value) || value < 1) problems.push(`${name} must be a positive integer`);
  }
  if (!Number.isInteger(s.tierGraceDays) || s.tierGraceDays < 0) problems.push('tierGraceDays must be an integer >= 0');
  if (problems.length) throw new Error(`Invalid loyalty settings:\n  ${problems.join('\n  ')}`);
  return s;
}
