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
  /** Marketing's coupon template (id) issued with the birthday gift, through `loyalty.birthday_gift_granted` (null: points only). */
  birthdayCouponTemplateId?: string | null;
}

/** One row of the tier table: reached when the growth earned in the rolling window meets `threshold`. */
export interface TierDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  threshold: number;
  benefits: TierBenefits;
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

/** What is wrong with a tier table (empty when it is valid). */
export function tierTableProblems(tiers: readonly TierDefinition[]): string[] {
  const problems: string[] = [];
  if (tiers.length === 0) problems.push('the tier table is empty');
  if (tiers[0] && tiers[0].threshold !== 0) problems.push('the first tier must have threshold 0');
  tiers.forEach((t, i) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(t.code)) problems.push(`tier code ${t.code} must be UPPER_SNAKE`);
    if (i > 0 && t.threshold <= tiers[i - 1].threshold) problems.push(`tier ${t.code} must have a higher threshold than ${tiers[i - 1].code}`);
    if (t.benefits.pointsMultiplier <= 0 || t.benefits.birthdayMultiplier <= 0) problems.push(`tier ${t.code} multipliers must be positive`);
  });
  if (new Set(tiers.map((t) => t.code)).size !== tiers.length) problems.push('tier codes must be unique');
  return problems;
}
