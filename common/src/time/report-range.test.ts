import { DomainError } from '../errors';
import { dayRange, monthRange, monthStarts, monthsBetween } from './report-range';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${(error.details as { field?: string } | undefined)?.field}` : 'other';
  }
};

test('a day range is both ends inclusive and bounded', () => {
  expect(dayRange('2026-01-01', '2026-01-01', 1)).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  expect(dayRange('2026-01-01', '2026-01-31', 31)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  expect(codeOf(() => dayRange('2026-01-01', '2026-02-01', 31))).toBe('BAD_USER_INPUT:to');
});

test('impossible ranges are BAD_USER_INPUT naming the field', () => {
  expect(codeOf(() => dayRange('2026-02-30', '2026-03-01', 400))).toBe('BAD_USER_INPUT:from');
  expect(codeOf(() => dayRange('2026-01-01', '2026-1-5', 400))).toBe('BAD_USER_INPUT:to');
  expect(codeOf(() => dayRange('2026-03-01', '2026-02-01', 400))).toBe('BAD_USER_INPUT:to');
  expect(codeOf(() => dayRange('1200-01-01', '2026-02-01', 1e9))).toBe('BAD_USER_INPUT:from');
});

test('a month range counts the calendar months it touches', () => {
  expect(monthRange('2025-11-15', '2026-02-03', 4)).toEqual({ fromMonth: '2025-11-01', toMonth: '2026-02-01', months: 4 });
  expect(codeOf(() => monthRange('2025-11-15', '2026-02-03', 3))).toBe('BAD_USER_INPUT:to');
  expect(codeOf(() => monthRange('2026-02-03', '2025-11-15', 36))).toBe('BAD_USER_INPUT:to');
  expect(monthsBetween('2025-12-01', '2026-02-01')).toBe(2);
});

test('month starts run across the turn of the year', () => {
  expect(monthStarts(monthRange('2025-11-15', '2026-02-03', 4))).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
});
