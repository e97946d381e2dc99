import { DEFAULT_SETTINGS } from '../settings';
import { programmeFromSettings, type ProgrammeConfig } from './programme.definitions';
import { programmeProblems } from './programme.rules';

const base = programmeFromSettings(DEFAULT_SETTINGS);
const fields = (c: ProgrammeConfig, current: ProgrammeConfig | null = base) => programmeProblems(c, current).map((p) => p.field);
const withTier = (i: number, patch: object, benefits: object = {}): ProgrammeConfig => ({
  ...base,
  tiers: base.tiers.map((t, j) => (j === i ? { ...t, ...patch, benefits: { ...t.benefits, ...benefits } } : t)),
});

test('the environment defaults are a valid programme', () => {
  expect(programmeProblems(base, null)).toEqual([]);
  expect(programmeProblems(base, base)).toEqual([]);
});

test('the base tier is at 0 and thresholds strictly increase', () => {
  expect(fields(withTier(0, { threshold: 10 }))).toEqual(['tiers.0.threshold']);
  expect(fields(withTier(2, { threshold: 1_000 }))).toEqual(['tiers.2.threshold']);
  expect(fields(withTier(1, { threshold: 1.5 }))).toEqual(['tiers.1.threshold']);
});

test('multipliers and benefits stay in range', () => {
  expect(fields(withTier(1, {}, { pointsMultiplier: 0 }))).toEqual(['tiers.1.benefits.pointsMultiplier']);
  expect(fields(withTier(1, {}, { pointsMultiplier: 11 }))).toEqual(['tiers.1.benefits.pointsMultiplier']);
  expect(fields(withTier(1, {}, { birthdayMultiplier: 0.5 }))).toEqual(['tiers.1.benefits.birthdayMultiplier']);
  expect(fields(withTier(1, {}, { freeReturnShipping: -1 }))).toEqual(['tiers.1.benefits.freeReturnShipping']);
  expect(fields(withTier(1, {}, { birthdayGiftPoints: 2.5 }))).toEqual(['tiers.1.benefits.birthdayGiftPoints']);
  expect(fields(withTier(1, {}, { birthdayCouponTemplateId: 'not-a-uuid' }))).toEqual(['tiers.1.benefits.birthdayCouponTemplateId']);
  expect(fields(withTier(1, {}, { birthdayCouponTemplateId: '7d3f8c1e-2b4a-4c5d-9e6f-0a1b2c3d4e5f' }))).toEqual([]);
});

test('codes are UPPER_SNAKE and unique; a tier in force cannot be removed, a new one can be added', () => {
  expect(fields(withTier(1, { code: 'gold' }))).toContain('tiers.1.code');
  expect(fields(withTier(2, { code: 'SILVER' }), null)).toEqual(['tiers']);
  expect(fields({ ...base, tiers: base.tiers.slice(0, 3) })).toEqual(['tiers']);
  expect(fields({ ...base, tiers: base.tiers.slice(0, 3) }, null)).toEqual([]);
  const platinum = { ...base.tiers[3], code: 'PLATINUM', threshold: 50_000 };
  expect(fields({ ...base, tiers: [...base.tiers, platinum] })).toEqual([]);
  expect(fields({ ...base, tiers: [] }, null)).toEqual(['tiers']);
  const basic = { ...base.tiers[0], code: 'BASIC' };
  expect(fields({ ...base, tiers: [basic, { ...base.tiers[0], threshold: 100 }, ...base.tiers.slice(1)] })).toEqual(['tiers.0.code']);
});

test('badges: unique codes, a known metric, a positive threshold', () => {
  const badge = base.badges[0];
  expect(fields({ ...base, badges: [...base.badges, badge] })).toEqual(['badges']);
  expect(fields({ ...base, badges: [{ ...badge, metric: 'likes' as never }] })).toEqual(['badges.0.metric']);
  expect(fields({ ...base, badges: [{ ...badge, threshold: 0 }] })).toEqual(['badges.0.threshold']);
  expect(fields({ ...base, badges: [{ ...badge, nameEn: '' }] })).toEqual(['badges.0.name']);
});

test('earning rates are within 0–100 per yuan', () => {
  expect(fields({ ...base, earning: { pointsPerYuan: -1, growthPerYuan: 1 } })).toEqual(['earning.pointsPerYuan']);
  expect(fields({ ...base, earning: { pointsPerYuan: 2, growthPerYuan: 101 } })).toEqual(['earning.growthPerYuan']);
  expect(fields({ ...base, earning: { pointsPerYuan: 0, growthPerYuan: 0.5 } })).toEqual([]);
});
