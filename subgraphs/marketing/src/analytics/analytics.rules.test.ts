import { domainErrorOf } from '@member-graph/common/testing';
import { businessDayRange, MAX_RANGE_DAYS } from './analytics.rules';

test('a range of business days runs from Shanghai midnight of the first day to Shanghai midnight after the last', () => {
  expect(businessDayRange('2026-03-01', '2026-03-31')).toEqual({ start: new Date('2026-02-28T16:00:00.000Z'), end: new Date('2026-03-31T16:00:00.000Z') });
  expect(businessDayRange('2026-03-01', '2026-03-01')).toEqual({ start: new Date('2026-02-28T16:00:00.000Z'), end: new Date('2026-03-01T16:00:00.000Z') });
});

test('impossible ranges are BAD_USER_INPUT naming the argument', () => {
  expect(domainErrorOf(() => businessDayRange('2026-03-02', '2026-03-01'))).toEqual(['BAD_USER_INPUT', 'to']);
  expect(domainErrorOf(() => businessDayRange('2026-02-30', '2026-03-01'))).toEqual(['BAD_USER_INPUT', 'from']);
  expect(domainErrorOf(() => businessDayRange('2026-03-01', 'soon'))).toEqual(['BAD_USER_INPUT', 'to']);
  expect(domainErrorOf(() => businessDayRange('2025-01-01', '2026-12-31'))).toEqual(['BAD_USER_INPUT', 'to']);
  expect(() => businessDayRange('2026-01-01', '2027-02-04')).not.toThrow(); // exactly MAX_RANGE_DAYS days
  expect(MAX_RANGE_DAYS).toBe(400);
});
