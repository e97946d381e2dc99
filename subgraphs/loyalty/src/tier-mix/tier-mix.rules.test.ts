import { monthlyMixes, tierShares } from './tier-mix.rules';

const CODES = ['MEMBER', 'SILVER', 'GOLD'];

test('every tier of the table is listed in order, zeros included, with shares of the total', () => {
  expect(tierShares(CODES, [{ tier: 'GOLD', n: 1 }, { tier: 'MEMBER', n: 3 }])).toEqual([
    { tier: 'MEMBER', customers: 3, percent: 75 },
    { tier: 'SILVER', customers: 0, percent: 0 },
    { tier: 'GOLD', customers: 1, percent: 25 },
  ]);
});

test('a tier code no longer in the table still shows, after the table', () => {
  expect(tierShares(CODES, [{ tier: 'PLATINUM', n: 1 }, { tier: 'MEMBER', n: 2 }]).map((t) => [t.tier, t.customers, t.percent])).toEqual([
    ['MEMBER', 2, 66.7],
    ['SILVER', 0, 0],
    ['GOLD', 0, 0],
    ['PLATINUM', 1, 33.3],
  ]);
});

test('months without members show zeros; each month has its own total', () => {
  const mixes = monthlyMixes(CODES, ['2026-01-01', '2026-02-01'], [{ month: '2026-02-01', tier: 'SILVER', n: 2 }]);
  expect(mixes.map((m) => [m.month, m.total, m.tiers.map((t) => t.customers)])).toEqual([
    ['2026-01-01', 0, [0, 0, 0]],
    ['2026-02-01', 2, [0, 2, 0]],
  ]);
});
