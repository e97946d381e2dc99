import { readLoyaltySettings } from './config';
import { DEFAULT_SETTINGS, validateSettings } from './settings';

test('the defaults are valid: four tiers from MEMBER to DIAMOND with zh and en names', () => {
  const s = readLoyaltySettings({});
  expect(s.tiers.map((t) => [t.code, t.nameZh, t.nameEn])).toEqual([
    ['MEMBER', '普通会员', 'Member'],
    ['SILVER', '白银会员', 'Silver'],
    ['GOLD', '黄金会员', 'Gold'],
    ['DIAMOND', '钻石会员', 'Diamond'],
  ]);
  expect(s.pointsExpiryMonths).toBe(12);
  expect(Object.isFrozen(s)).toBe(true);
});

test('tunables come from the environment, tables as JSON', () => {
  const tiers = [
    { code: 'BASIC', nameZh: '基础', nameEn: 'Basic', threshold: 0, benefits: DEFAULT_SETTINGS.tiers[0].benefits },
    { code: 'PLUS', nameZh: '进阶', nameEn: 'Plus', threshold: 300, benefits: DEFAULT_SETTINGS.tiers[1].benefits },
  ];
  const s = readLoyaltySettings({ LOYALTY_POINTS_PER_YUAN: '2', LOYALTY_TIER_GRACE_DAYS: '0', LOYALTY_TIERS_JSON: JSON.stringify(tiers) });
  expect(s.pointsPerYuan).toBe(2);
  expect(s.tierGraceDays).toBe(0);
  expect(s.tiers.map((t) => t.code)).toEqual(['BASIC', 'PLUS']);
});

test('a broken tier table is refused with every problem named', () => {
  const broken = {
    ...DEFAULT_SETTINGS,
    tiers: [
      { ...DEFAULT_SETTINGS.tiers[1], threshold: 10 },
      { ...DEFAULT_SETTINGS.tiers[1], code: 'gold', threshold: 5 },
    ],
  };
  expect(() => validateSettings(broken)).toThrow(/first tier must have threshold 0[\s\S]*UPPER_SNAKE[\s\S]*higher threshold/);
  expect(() => readLoyaltySettings({ LOYALTY_POINTS_EXPIRY_MONTHS: '0' })).toThrow(/pointsExpiryMonths/);
  expect(() => readLoyaltySettings({ LOYALTY_TIERS_JSON: '{oops' })).toThrow(/LOYALTY_TIERS_JSON must be a JSON array/);
});
