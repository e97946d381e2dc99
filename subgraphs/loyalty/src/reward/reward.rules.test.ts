import { priceForTier, remainingStock, rewardAvailability, rewardProblems, type RewardDraft } from './reward.rules';

const TIERS = ['MEMBER', 'SILVER', 'GOLD', 'DIAMOND'];
const draft = (over: Partial<RewardDraft> = {}): RewardDraft => ({
  name: 'Tote bag',
  kind: 'GIFT',
  couponTemplateId: null,
  pointsPrice: 1000,
  tierRatios: [],
  stock: 10,
  validFrom: null,
  validUntil: null,
  ...over,
});

describe('priceForTier', () => {
  test('a tier pays the list price times its ratio; tiers without one pay the list price', () => {
    const ratios = { GOLD: 0.8, DIAMOND: 0.5 };
    expect(priceForTier(1000, ratios, 'GOLD')).toBe(800);
    expect(priceForTier(1000, ratios, 'DIAMOND')).toBe(500);
    expect(priceForTier(1000, ratios, 'SILVER')).toBe(1000);
    expect(priceForTier(1000, ratios, 'UNKNOWN')).toBe(1000);
  });

  test('fractions round up to a whole point, free of float noise; never below 1', () => {
    expect(priceForTier(999, { GOLD: 0.8 }, 'GOLD')).toBe(800); // 799.2
    expect(priceForTier(100, { GOLD: 0.7 }, 'GOLD')).toBe(70); // 70.00000000000001 in floats
    expect(priceForTier(290, { GOLD: 0.1 }, 'GOLD')).toBe(29);
    expect(priceForTier(1, { GOLD: 0.01 }, 'GOLD')).toBe(1);
  });

  test('an inherited property name is not a tier ratio', () => {
    expect(priceForTier(100, {}, 'constructor')).toBe(100);
  });
});

describe('rewardProblems', () => {
  test('a valid draft has none', () => {
    expect(rewardProblems(draft({ tierRatios: [{ tier: 'GOLD', ratio: 0.8 }] }), TIERS)).toEqual([]);
    expect(rewardProblems(draft({ kind: 'COUPON_TEMPLATE', couponTemplateId: '7b0c1c36-4d8e-4a57-9b4c-2f7e3f6a9d10', stock: null }), TIERS)).toEqual([]);
  });

  test('unknown or repeated tiers and ratios out of range or too precise are refused', () => {
    const fields = (d: RewardDraft) => rewardProblems(d, TIERS).map((p) => p.message);
    expect(fields(draft({ tierRatios: [{ tier: 'PLATINUM', ratio: 0.8 }] }))).toEqual([expect.stringContaining('unknown tier PLATINUM')]);
    expect(fields(draft({ tierRatios: [{ tier: 'GOLD', ratio: 0.8 }, { tier: 'GOLD', ratio: 0.7 }] }))).toEqual([expect.stringContaining('given twice')]);
    for (const ratio of [0, 1.01, -0.5, 0.005, 0.805, Number.NaN]) {
      expect(fields(draft({ tierRatios: [{ tier: 'GOLD', ratio }] }))).toEqual([expect.stringContaining('between 0.01 and 1')]);
    }
    expect(fields(draft({ tierRatios: [{ tier: 'GOLD', ratio: 1 }, { tier: 'DIAMOND', ratio: 0.01 }] }))).toEqual([]);
  });

  test('kind and coupon template go together', () => {
    expect(rewardProblems(draft({ kind: 'COUPON_TEMPLATE' }), TIERS).map((p) => p.field)).toEqual(['couponTemplateId']);
    expect(rewardProblems(draft({ couponTemplateId: '7b0c1c36-4d8e-4a57-9b4c-2f7e3f6a9d10' }), TIERS).map((p) => p.field)).toEqual(['couponTemplateId']);
  });

  test('price, name, stock below what was exchanged, and a window ending before it starts', () => {
    expect(rewardProblems(draft({ pointsPrice: 0, name: '  ' }), TIERS).map((p) => p.field)).toEqual(['name', 'pointsPrice']);
    expect(rewardProblems(draft({ stock: 4 }), TIERS, 5).map((p) => p.field)).toEqual(['stock']);
    expect(rewardProblems(draft({ stock: 5 }), TIERS, 5)).toEqual([]);
    expect(rewardProblems(draft({ stock: null }), TIERS, 5)).toEqual([]);
    const at = new Date('2026-01-01T00:00:00Z');
    expect(rewardProblems(draft({ validFrom: at, validUntil: at }), TIERS).map((p) => p.field)).toEqual(['validUntil']);
  });
});

describe('rewardAvailability', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const r = { active: true, validFrom: null, validUntil: null, stock: 2, exchanged: 1 };
  test('active, in its window and in stock is AVAILABLE; otherwise the reason', () => {
    expect(rewardAvailability(r, now)).toBe('AVAILABLE');
    expect(rewardAvailability({ ...r, active: false }, now)).toBe('INACTIVE');
    expect(rewardAvailability({ ...r, validFrom: new Date('2026-03-01T00:00:01Z') }, now)).toBe('NOT_STARTED');
    expect(rewardAvailability({ ...r, validUntil: now }, now)).toBe('ENDED');
    expect(rewardAvailability({ ...r, exchanged: 2 }, now)).toBe('OUT_OF_STOCK');
    expect(rewardAvailability({ ...r, stock: null, exchanged: 1e6 }, now)).toBe('AVAILABLE');
  });

  test('remaining stock is null when unlimited', () => {
    expect(remainingStock({ stock: null, exchanged: 3 })).toBeNull();
    expect(remainingStock({ stock: 5, exchanged: 3 })).toBe(2);
  });
});
