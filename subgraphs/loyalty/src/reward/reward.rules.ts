/** What a reward gives: a coupon from a marketing coupon template, a physical gift, or a free-return voucher. */
export const REWARD_KINDS = ['COUPON_TEMPLATE', 'GIFT', 'FREE_RETURN_VOUCHER'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

/** Guards ceil() against binary float noise (0.7 * 100 = 70.00000000000001). */
const EPS = 1e-9;

/** Lowest and highest price ratio of a tier (the list price is the most anyone pays). */
export const MIN_RATIO = 0.01;
export const MAX_RATIO = 1;

/** Price ratios by tier code (a tier without one pays the list price). */
export type TierRatios = Readonly<Record<string, number>>;

/**
 * The points a member of `tier` pays: the list price times the tier's ratio, rounded up to a whole
 * point (never less than 1); tiers without a ratio pay the list price.
 */
export function priceForTier(pointsPrice: number, ratios: TierRatios, tier: string): number {
  const ratio = Object.prototype.hasOwnProperty.call(ratios, tier) ? ratios[tier] : 1;
  return Math.max(1, Math.ceil(pointsPrice * ratio - EPS));
}

/** The fields of a reward that rules check, after an edit is applied. */
export interface RewardDraft {
  name: string;
  kind: RewardKind;
  couponTemplateId: string | null;
  pointsPrice: number;
  tierRatios: { tier: string; ratio: number }[];
  stock: number | null;
  validFrom: Date | null;
  validUntil: Date | null;
}

/** One thing wrong with a reward draft, named by the input field. */
export interface RewardProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a reward (empty when it is valid): the tier codes must be tiers of `tierCodes`,
 * each once, ratios within 0.01–1 with at most two decimals; a coupon-template reward names its
 * template and no other kind does; the stock cannot drop below what was already exchanged; the
 * window's start is before its end.
 */
export function rewardProblems(d: RewardDraft, tierCodes: readonly string[], exchanged = 0): RewardProblem[] {
  const problems: RewardProblem[] = [];
  if (d.name.trim().length === 0) problems.push({ field: 'name', message: 'name must not be blank' });
  if (!Number.isInteger(d.pointsPrice) || d.pointsPrice < 1) problems.push({ field: 'pointsPrice', message: 'pointsPrice must be a positive integer' });
  const seen = new Set<string>();
  for (const { tier, ratio } of d.tierRatios) {
    if (!tierCodes.includes(tier)) problems.push({ field: 'tierRatios', message: `unknown tier ${tier} (tiers: ${tierCodes.join(', ')})` });
    if (seen.has(tier)) problems.push({ field: 'tierRatios', message: `tier ${tier} is given twice` });
    seen.add(tier);
    if (!(ratio >= MIN_RATIO && ratio <= MAX_RATIO) || Math.abs(ratio * 100 - Math.round(ratio * 100)) > EPS * 100) {
      problems.push({ field: 'tierRatios', message: `the ratio of ${tier} must be between ${MIN_RATIO} and ${MAX_RATIO} with at most two decimals` });
    }
  }
  if (d.kind === 'COUPON_TEMPLATE' && !d.couponTemplateId) problems.push({ field: 'couponTemplateId', message: 'a COUPON_TEMPLATE reward names its coupon template' });
  if (d.kind !== 'COUPON_TEMPLATE' && d.couponTemplateId) problems.push({ field: 'couponTemplateId', message: `a ${d.kind} reward has no coupon template` });
  if (d.stock !== null && (!Number.isInteger(d.stock) || d.stock < exchanged)) {
    problems.push({ field: 'stock', message: `stock must be an integer of at least ${exchanged} (already exchanged)` });
  }
  if (d.validFrom && d.validUntil && d.validFrom >= d.validUntil) problems.push({ field: 'validUntil', message: 'validUntil must be after validFrom' });
  return problems;
}

/** Ratios as stored (tier code → ratio). */
export const ratiosByTier = (list: readonly { tier: string; ratio: number }[]): TierRatios => Object.fromEntries(list.map((r) => [r.tier, r.ratio]));

/** Whether a member can exchange a reward now, and if not, why. */
export type RewardAvailability = 'AVAILABLE' | 'INACTIVE' | 'NOT_STARTED' | 'ENDED' | 'OUT_OF_STOCK';

export function rewardAvailability(
  r: { active: boolean; validFrom: Date | null; validUntil: Date | null; stock: number | null; exchanged: number },
  now: Date,
): RewardAvailability {
  if (!r.active) return 'INACTIVE';
  if (r.validFrom && now < r.validFrom) return 'NOT_STARTED';
  if (r.validUntil && now >= r.validUntil) return 'ENDED';
  if (r.stock !== null && r.exchanged >= r.stock) return 'OUT_OF_STOCK';
  return 'AVAILABLE';
}

/** What is left to exchange (null: unlimited). */
export const remainingStock = (r: { stock: number | null; exchanged: number }): number | null => (r.stock === null ? null : Math.max(0, r.stock - r.exchanged));
