import type { BadgeMetric } from '../badge/badge.definitions';
import type { ProgrammeConfig } from './programme.definitions';

/** One thing wrong with a proposed programme: the input path it concerns and what is wrong. */
export interface ProgrammeProblem {
  field: string;
  message: string;
}

/** The bounds an admin's programme must stay within (documented on the GraphQL inputs). */
export const PROGRAMME_LIMITS = {
  tiers: { min: 1, max: 10 },
  badges: { max: 50 },
  threshold: { max: 100_000_000 },
  pointsMultiplier: { min: 0.1, max: 10 },
  birthdayMultiplier: { min: 1, max: 10 },
  birthdayGiftPoints: { max: 100_000 },
  freeReturnShipping: { max: 50 },
  servicePriority: { max: 10 },
  badgeThreshold: { min: 1, max: 1_000_000 },
  perYuan: { max: 100 },
  name: { max: 32 },
} as const;

const CODE = /^[A-Z][A-Z0-9_]{1,31}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const BADGE_METRICS: readonly BadgeMetric[] = ['orders', 'checkInStreak', 'reviews', 'shares', 'referrals'];

const isInt = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const inRange = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isName = (v: unknown) => typeof v === 'string' && v.trim().length > 0 && v.length <= PROGRAMME_LIMITS.name.max;

/**
 * Everything wrong with a proposed programme (empty when it may be saved): tiers 1–10 with unique
 * UPPER_SNAKE codes, the base tier at threshold 0 and thresholds strictly increasing, multipliers and
 * benefits in range, no tier of the current programme removed (members hold it, other domains name it)
 * and the base tier kept;
 * badges with unique codes, a known metric and a threshold; earning rates within 0–100 per yuan.
 */
export function programmeProblems(next: ProgrammeConfig, current: ProgrammeConfig | null): ProgrammeProblem[] {
  const problems: ProgrammeProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const L = PROGRAMME_LIMITS;
  const { tiers, badges, earning } = next;
  if (tiers.length < L.tiers.min || tiers.length > L.tiers.max) add('tiers', `there must be ${L.tiers.min}–${L.tiers.max} tiers`);
  if (tiers[0] && tiers[0].threshold !== 0) add('tiers.0.threshold', 'the base (first) tier must have threshold 0');
  tiers.forEach((t, i) => {
    const at = `tiers.${i}`;
    const b = t.benefits;
    if (!CODE.test(t.code)) add(`${at}.code`, `tier code ${t.code} must be UPPER_SNAKE, 2–32 characters`);
    if (!isName(t.nameZh) || !isName(t.nameEn)) add(`${at}.name`, `tier ${t.code} needs nameZh and nameEn of 1–${L.name.max} characters`);
    if (!isInt(t.threshold, 0, L.threshold.max)) add(`${at}.threshold`, `tier ${t.code} threshold must be a whole number 0–${L.threshold.max}`);
    else if (i > 0 && !(t.threshold > tiers[i - 1].threshold)) add(`${at}.threshold`, `tier ${t.code} must have a higher threshold than ${tiers[i - 1].code} (thresholds strictly increase)`);
    if (!inRange(b.pointsMultiplier, L.pointsMultiplier.min, L.pointsMultiplier.max)) add(`${at}.benefits.pointsMultiplier`, `tier ${t.code} pointsMultiplier must be within ${L.pointsMultiplier.min}–${L.pointsMultiplier.max}`);
    if (!inRange(b.birthdayMultiplier, L.birthdayMultiplier.min, L.birthdayMultiplier.max)) add(`${at}.benefits.birthdayMultiplier`, `tier ${t.code} birthdayMultiplier must be within ${L.birthdayMultiplier.min}–${L.birthdayMultiplier.max}`);
    if (!isInt(b.birthdayGiftPoints, 0, L.birthdayGiftPoints.max)) add(`${at}.benefits.birthdayGiftPoints`, `tier ${t.code} birthdayGiftPoints must be a whole number 0–${L.birthdayGiftPoints.max}`);
    if (!isInt(b.freeReturnShipping, 0, L.freeReturnShipping.max)) add(`${at}.benefits.freeReturnShipping`, `tier ${t.code} freeReturnShipping must be a whole number 0–${L.freeReturnShipping.max}`);
    if (!isInt(b.servicePriority, 0, L.servicePriority.max)) add(`${at}.benefits.servicePriority`, `tier ${t.code} servicePriority must be a whole number 0–${L.servicePriority.max}`);
    if (b.birthdayCouponTemplateId != null && !UUID.test(b.birthdayCouponTemplateId)) add(`${at}.benefits.birthdayCouponTemplateId`, `tier ${t.code} birthdayCouponTemplateId must be a coupon template id (UUID)`);
  });
  const codes = tiers.map((t) => t.code);
  if (new Set(codes).size !== codes.length) add('tiers', 'tier codes must be unique');
  if (current?.tiers[0] && tiers[0] && tiers[0].code !== current.tiers[0].code) add('tiers.0.code', `the base tier stays ${current.tiers[0].code}: customers without a tier event hold it in every domain`);
  for (const old of current?.tiers ?? []) {
    if (!codes.includes(old.code)) add('tiers', `tier ${old.code} cannot be removed: members hold it and other domains refer to it (rename it instead)`);
  }
  if (badges.length > L.badges.max) add('badges', `there can be at most ${L.badges.max} badges`);
  badges.forEach((b, i) => {
    const at = `badges.${i}`;
    if (!CODE.test(b.code)) add(`${at}.code`, `badge code ${b.code} must be UPPER_SNAKE, 2–32 characters`);
    if (!isName(b.nameZh) || !isName(b.nameEn)) add(`${at}.name`, `badge ${b.code} needs nameZh and nameEn of 1–${L.name.max} characters`);
    if (!BADGE_METRICS.includes(b.metric)) add(`${at}.metric`, `badge ${b.code} metric must be one of ${BADGE_METRICS.join(', ')}`);
    if (!isInt(b.threshold, L.badgeThreshold.min, L.badgeThreshold.max)) add(`${at}.threshold`, `badge ${b.code} threshold must be a whole number ${L.badgeThreshold.min}–${L.badgeThreshold.max}`);
  });
  if (new Set(badges.map((b) => b.code)).size !== badges.length) add('badges', 'badge codes must be unique');
  for (const key of ['pointsPerYuan', 'growthPerYuan'] as const) {
    if (!inRange(earning[key], 0, L.perYuan.max)) add(`earning.${key}`, `${key} must be within 0–${L.perYuan.max}`);
  }
  return problems;
}
