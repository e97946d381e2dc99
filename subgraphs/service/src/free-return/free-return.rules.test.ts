import { freeReturnAllowance, freeReturnStanding, shanghaiYear } from './free-return.rules';

const table = [
  { tier: 'SILVER', position: 1, freeReturnShipping: 1 },
  { tier: 'MEMBER', position: 0, freeReturnShipping: 0 },
  { tier: 'GOLD', position: 2, freeReturnShipping: 3 },
];

test("the tier's allowance; the base tier's for a customer loyalty has not placed or an unknown code; none before any programme", () => {
  expect(freeReturnAllowance(table, 'GOLD')).toBe(3);
  expect(freeReturnAllowance(table, null)).toBe(0);
  expect(freeReturnAllowance([{ tier: 'MEMBER', position: 0, freeReturnShipping: 2 }, ...table.slice(2)], 'PLATINUM')).toBe(2);
  expect(freeReturnAllowance([], 'GOLD')).toBe(0);
});

test('a return is free while the allowance lasts; beyond it nothing remains (never negative)', () => {
  expect(freeReturnStanding(2026, 3, 2)).toEqual({ year: 2026, allowance: 3, used: 2, remaining: 1 });
  expect(freeReturnStanding(2026, 3, 3).remaining).toBe(0);
  expect(freeReturnStanding(2026, 1, 4).remaining).toBe(0); // the allowance was lowered after use
});

test('the year is the Asia/Shanghai calendar year', () => {
  expect(shanghaiYear(new Date('2026-12-31T16:30:00.000Z'))).toEqual({
    year: 2027,
    from: new Date('2026-12-31T16:00:00.000Z'),
    to: new Date('2027-12-31T16:00:00.000Z'),
  });
  expect(shanghaiYear(new Date('2026-12-31T15:59:59.000Z')).year).toBe(2026);
});
