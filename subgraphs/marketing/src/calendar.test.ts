import { birthdayBoundaries, nextShanghaiTime, shanghaiMinuteOfDay, shanghaiYearMonth } from './calendar';

test('Shanghai month and minute of day of an instant', () => {
  expect(shanghaiYearMonth(new Date('2026-01-31T16:00:00Z'))).toEqual({ year: 2026, month: 2 });
  expect(shanghaiYearMonth(new Date('2026-01-31T15:59:59Z'))).toEqual({ year: 2026, month: 1 });
  expect(shanghaiMinuteOfDay(new Date('2026-01-15T13:30:00Z'))).toBe(21 * 60 + 30);
});

test('the next Shanghai wall-clock time is strictly later', () => {
  expect(nextShanghaiTime(new Date('2026-01-15T13:30:00Z'), 9 * 60).toISOString()).toBe('2026-01-16T01:00:00.000Z');
  expect(nextShanghaiTime(new Date('2026-01-15T00:30:00Z'), 9 * 60).toISOString()).toBe('2026-01-15T01:00:00.000Z');
  expect(nextShanghaiTime(new Date('2026-01-15T01:00:00Z'), 9 * 60).toISOString()).toBe('2026-01-16T01:00:00.000Z');
});

test('birthday boundaries: the current month ends next month, others begin at their next start', () => {
  const b = birthdayBoundaries(new Date('2026-03-10T02:00:00Z'));
  expect(b[2].toISOString()).toBe('2026-03-31T16:00:00.000Z'); // March ends at 1 April 00:00 Shanghai
  expect(b[3].toISOString()).toBe('2026-03-31T16:00:00.000Z'); // April begins then
  expect(b[0].toISOString()).toBe('2026-12-31T16:00:00.000Z'); // next January
  expect(b[11].toISOString()).toBe('2026-11-30T16:00:00.000Z');
});
