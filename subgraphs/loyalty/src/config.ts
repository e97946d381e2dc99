import { ConfigError, num, readEnv, str } from '@member-graph/common/config';
import type { BadgeDefinition } from './badge/badge.definitions';
import { DEFAULT_SETTINGS, validateSettings, type LoyaltySettings } from './settings';
import type { TierDefinition } from './tier/tier.definitions';

/**
 * The programme's settings: the defaults (settings.ts), overridden by `LOYALTY_*` environment variables
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
