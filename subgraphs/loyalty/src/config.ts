import { num, str } from '@member-graph/common/config';
import { ConfigError, readEnv } from '@member-graph/common/config';

/** What a tier gives its members. */
export interface TierBenefits {
  /** Order points are multiplied by this (1 = base rate). */
  pointsMultiplier: number;
  /** Points granted once a year in the birthday month. */
  birthdayGiftPoints: number;
  /** Extra multiplier on order points during the birthday month (after the gift was granted). */
  birthdayMultiplier: number;
  /** Free return shipments per year. */
  freeReturnShipping: number;
  /** Service queue priority: higher is served first (0 = standard). */
  servicePriority: number;
}

/** One row of the tier table: reached when the growth earned in the rolling window meets `threshold`. */
export interface TierDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  threshold: number;
  benefits: TierBenefits;
}

/** A bonus granted when a check-in streak reaches exactly `streak` days. */
export interface StreakBonus {
  streak: number;
  growth: number;
  points: number;
}

/** Engagement kinds that earn growth, each with a daily cap on rewarded events. */
export type EngagementKind = 'REVIEW' | 'SHARE';
export interface EngagementRule {
  growth: number;
  dailyCap: number;
}

/** The metrics badge rules look at; each is computed where the metric changes. */
export type BadgeMetric = 'orders' | 'checkInStreak' | 'reviews' | 'shares' | 'referrals';

/** A rule-defined achievement: earned once when `metric` reaches `threshold`. */
export interface BadgeDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  metric: BadgeMetric;
  threshold: number;
}

/** Every tunable of the loyalty programme. */
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
  checkIn: { growth: number; points: number; streakBonuses: StreakBonus[] };
  engagement: Record<EngagementKind, EngagementRule>;
  referral: { referrerPoints: number; refereePoints: number };
  badges: BadgeDefinition[];
  jobs: { expiryEveryMs: number; birthdayEveryMs: number; tierReviewEveryMs: number; batchSize: number };
}

const benefits = (pointsMultiplier: number, birthdayGiftPoints: number, birthdayMultiplier: number, freeReturnShipping: number, servicePriority: number): TierBenefits => ({
  pointsMultiplier,
  birthdayGiftPoints,
  birthdayMultiplier,
  freeReturnShipping,
  servicePriority,
});

/** The default tier table (growth thresholds over the rolling window). */
export const DEFAULT_TIERS: TierDefinition[] = [
  { code: 'MEMBER', nameZh: '普通会员', nameEn: 'Member', threshold: 0, benefits: benefits(1, 50, 1, 0, 0) },
  { code: 'SILVER', nameZh: '白银会员', nameEn: 'Silver', threshold: 1_000, benefits: benefits(1.2, 100, 1.5, 1, 1) },
  { code: 'GOLD', nameZh: '黄金会员', nameEn: 'Gold', threshold: 5_000, benefits: benefits(1.5, 300, 2, 3, 2) },
  { code: 'DIAMOND', nameZh: '钻石会员', nameEn: 'Diamond', threshold: 20_000, benefits: benefits(2, 800, 2, 6, 3) },
];

export const DEFAULT_BADGES: BadgeDefinition[] = [
  { code: 'FIRST_ORDER', nameZh: '首单达成', nameEn: 'First order', metric: 'orders', threshold: 1 },
  { code: 'TEN_ORDERS', nameZh: '十单达人', nameEn: '10 orders', metric: 'orders', threshold: 10 },
  { code: 'CHECK_IN_STREAK_7', nameZh: '连续签到7天', nameEn: '7-day check-in streak', metric: 'checkInStreak', threshold: 7 },
  { code: 'CHECK_IN_STREAK_30', nameZh: '连续签到30天', nameEn: '30-day check-in streak', metric: 'checkInStreak', threshold: 30 },
  { code: 'FIRST_REVIEW', nameZh: '首次评价', nameEn: 'First review', metric: 'reviews', threshold: 1 },
  { code: 'FIRST_SHARE', nameZh: '首次分享', nameEn: 'First share', metric: 'shares', threshold: 1 },
  { code: 'FIRST_REFERRAL', nameZh: '首次邀请', nameEn: 'First referral', metric: 'referrals', threshold: 1 },
];

export const DEFAULT_SETTINGS: LoyaltySettings = {
  tiers: DEFAULT_TIERS,
  pointsPerYuan: 1,
  growthPerYuan: 1,
  pointsExpiryMonths: 12,
  expiringSoonDays: 30,
  tierWindowDays: 365,
  tierPeriodMonths: 12,
  tierGraceDays: 30,
  checkIn: {
    growth: 1,
    points: 0,
    streakBonuses: [
      { streak: 7, growth: 10, points: 20 },
      { streak: 30, growth: 50, points: 100 },
    ],
  },
  engagement: { REVIEW: { growth: 5, dailyCap: 3 }, SHARE: { growth: 2, dailyCap: 5 } },
  referral: { referrerPoints: 200, refereePoints: 100 },
  badges: DEFAULT_BADGES,
  jobs: { expiryEveryMs: 60_000, birthdayEveryMs: 3_600_000, tierReviewEveryMs: 3_600_000, batchSize: 200 },
};

/** Checks a settings object; throws with every problem named. */
export function validateSettings(s: LoyaltySettings): LoyaltySettings {
  const problems: string[] = [];
  if (s.tiers.length === 0) problems.push('the tier table is empty');
  if (s.tiers[0] && s.tiers[0].threshold !== 0) problems.push('the first tier must have threshold 0');
  s.tiers.forEach((t, i) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(t.code)) problems.push(`tier code ${t.code} must be UPPER_SNAKE`);
    if (i > 0 && t.threshold <= s.tiers[i - 1].threshold) problems.push(`tier ${t.code} must have a higher threshold than ${s.tiers[i - 1].code}`);
    if (t.benefits.pointsMultiplier <= 0 || t.benefits.birthdayMultiplier <= 0) problems.push(`tier ${t.code} multipliers must be positive`);
  });
  if (new Set(s.tiers.map((t) => t.code)).size !== s.tiers.length) problems.push('tier codes must be unique');
  if (new Set(s.badges.map((b) => b.code)).size !== s.badges.length) problems.push('badge codes must be unique');
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

/**
 * The programme's settings: the defaults above, overridden by `LOYALTY_*` environment variables
 * (numbers) and `LOYALTY_TIERS_JSON` / `LOYALTY_BADGES_JSON` (whole tables), validated, frozen.
 */
export function readLoyaltySettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<LoyaltySettings> = {}): Readonly<LoyaltySettings> {
  const d = DEFAULT_SETTINGS;
  const raw = readEnv(
    {
      LOYALTY_POINTS_PER_YUAN: num({ default: d.pointsPerYuan }),
      LOYALTY_GROWTH_PER_YUAN: num({ default: d.growthPerYuan }),
      LOYALTY_POINTS_EXPIRY_MONTHS: num({ default: d.pointsExpiryMonths }),
      LOYALTY_EXPIRING_SOON_DAYS: num({ default: d.expiringSoonDays }),
      LOYALTY_TIER_WINDOW_DAYS: num({ default: d.tierWindowDays }),
      LOYALTY_TIER_PERIOD_MONTHS: num({ default: d.tierPeriodMonths }),
      LOYALTY_TIER_GRACE_DAYS: num({ default: d.tierGraceDays }),
      LOYALTY_REFERRER_POINTS: num({ default: d.referral.referrerPoints }),
      LOYALTY_REFEREE_POINTS: num({ default: d.referral.refereePoints }),
      LOYALTY_TIERS_JSON: str({ default: '' }),
      LOYALTY_BADGES_JSON: str({ default: '' }),
    },
    env,
  );
  const settings: LoyaltySettings = {
    ...d,
    tiers: raw.LOYALTY_TIERS_JSON ? parseTable<TierDefinition>('LOYALTY_TIERS_JSON', raw.LOYALTY_TIERS_JSON) : d.tiers,
    badges: raw.LOYALTY_BADGES_JSON ? parseTable<BadgeDefinition>('LOYALTY_BADGES_JSON', raw.LOYALTY_BADGES_JSON) : d.badges,
    pointsPerYuan: raw.LOYALTY_POINTS_PER_YUAN,
    growthPerYuan: raw.LOYALTY_GROWTH_PER_YUAN,
    pointsExpiryMonths: raw.LOYALTY_POINTS_EXPIRY_MONTHS,
    expiringSoonDays: raw.LOYALTY_EXPIRING_SOON_DAYS,
    tierWindowDays: raw.LOYALTY_TIER_WINDOW_DAYS,
    tierPeriodMonths: raw.LOYALTY_TIER_PERIOD_MONTHS,
    tierGraceDays: raw.LOYALTY_TIER_GRACE_DAYS,
    referral: { referrerPoints: raw.LOYALTY_REFERRER_POINTS, refereePoints: raw.LOYALTY_REFEREE_POINTS },
    ...overrides,
  };
  return Object.freeze(validateSettings(settings));
}

function parseTable<T>(name: string, json: string): T[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) throw new Error('not an array');
    return value as T[];
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${name} must be a JSON array (${(error as Error).message})`);
  }
}
