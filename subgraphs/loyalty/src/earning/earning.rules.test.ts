import { growthForAmount, reversedShare } from './earning.rules';

test('growth per whole yuan', () => {
  expect(growthForAmount(12_345, 1)).toBe(123);
  expect(growthForAmount(0, 1)).toBe(0);
});

test('refunds reverse the refunded part in full and everything on a full refund', () => {
  expect(reversedShare(120, 10_000, 5_000, false)).toBe(60);
  expect(reversedShare(101, 10_000, 5_000, false)).toBe(51); // the customer keeps 50, not 51
  expect(reversedShare(101, 10_000, 10_000, false)).toBe(101);
  expect(reversedShare(101, 10_000, 1, true)).toBe(101);
  expect(reversedShare(0, 10_000, 5_000, false)).toBe(0);
  // two partial refunds add up to the whole
  expect(reversedShare(99, 9_900, 3_300, false) + (reversedShare(99, 9_900, 9_900, false) - reversedShare(99, 9_900, 3_300, false))).toBe(99);
});
