import { endOfNthMonthAfter, monthStartAfter, previousDay, shanghaiMonthStart, shanghaiYearMonth } from './calendar';

test('Shanghai months start at 16:00 UTC of the previous day', () => {
  expect(shanghaiMonthStart(2026, 3).toISOString()).toBe('2026-02-28T16:00:00.000Z');
  expect(shanghaiMonthStart(2026, 13).toISOString()).toBe('2026-12-31T16:00:00.000Z');
});

test('the year and month are read in Shanghai, not UTC', () => {
  expect(shanghaiYearMonth(new Date('2026-01-31T17:00:00Z'))).toEqual({ year: 2026, month: 2 });
  expect(shanghaiYearMonth(new Date('2026-12-31T15:59:59Z'))).toEqual({ year: 2026, month: 12 });
});

test('the end of the 12th month after earning', () => {
  expect(endOfNthMonthAfter(new Date('2026-01-15T02:00:00Z'), 12).toISOString()).toBe('2027-01-31T16:00:00.000Z');
  expect(monthStartAfter(new Date('2026-11-20T00:00:00Z'), 2).toISOString()).toBe('2026-12-31T16:00:00.000Z');
});

test('previous day crosses months and years', () => {
  expect(previousDay('2026-03-01')).toBe('2026-02-28');
  expect(previousDay('2026-01-01')).toBe('2025-12-31');
});
