import { DEFAULT_SETTINGS } from '../settings';
import { bonusesFor, checkInStatus, nextStreak } from './check-in.rules';

test('streaks grow on consecutive days and restart after a gap', () => {
  expect(nextStreak(null, '2026-01-15')).toBe(1);
  expect(nextStreak({ day: '2026-01-14', streak: 6 }, '2026-01-15')).toBe(7);
  expect(nextStreak({ day: '2026-01-13', streak: 6 }, '2026-01-15')).toBe(1);
  expect(nextStreak({ day: '2026-02-28', streak: 2 }, '2026-03-01')).toBe(3);
});

test('bonuses land on day 7 and day 30', () => {
  const bonuses = DEFAULT_SETTINGS.checkIn.streakBonuses;
  expect(bonusesFor(bonuses, 6)).toEqual([]);
  expect(bonusesFor(bonuses, 7).map((b) => b.streak)).toEqual([7]);
  expect(bonusesFor(bonuses, 30).map((b) => b.streak)).toEqual([30]);
});

test('status keeps yesterday\'s streak alive until today ends', () => {
  expect(checkInStatus({ day: '2026-01-15', streak: 3 }, '2026-01-15')).toEqual({ today: true, streak: 3 });
  expect(checkInStatus({ day: '2026-01-14', streak: 3 }, '2026-01-15')).toEqual({ today: false, streak: 3 });
  expect(checkInStatus({ day: '2026-01-13', streak: 3 }, '2026-01-15')).toEqual({ today: false, streak: 0 });
});
