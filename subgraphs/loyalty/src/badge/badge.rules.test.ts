import { DEFAULT_BADGES } from './badge.definitions';
import { badgesEarned } from './badge.rules';

test('badges follow their metric and threshold', () => {
  expect(badgesEarned(DEFAULT_BADGES, 'orders', 0)).toEqual([]);
  expect(badgesEarned(DEFAULT_BADGES, 'orders', 1).map((b) => b.code)).toEqual(['FIRST_ORDER']);
  expect(badgesEarned(DEFAULT_BADGES, 'orders', 12).map((b) => b.code)).toEqual(['FIRST_ORDER', 'TEN_ORDERS']);
  expect(badgesEarned(DEFAULT_BADGES, 'checkInStreak', 7).map((b) => b.code)).toEqual(['CHECK_IN_STREAK_7']);
  expect(badgesEarned(DEFAULT_BADGES, 'reviews', 1).map((b) => b.code)).toEqual(['FIRST_REVIEW']);
});
