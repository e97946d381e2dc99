import { domainErrorOf } from '@member-graph/common/testing';
import { businessDayRange, deliveryRates, MAX_RANGE_DAYS } from './analytics.rules';

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

test('receipt rates are taken over delivered messages (delivery over sent); no base, no rate', () => {
  expect(deliveryRates({ sent: 8, delivered: 4, opened: 2, clicked: 1, deliveredConversions: 1, costCents: 800 })).toEqual({
    deliveryRate: 0.5,
    openRate: 0.5,
    clickRate: 0.25,
    conversionRate: 0.25,
    costPerDeliveredCents: 200,
  });
  expect(deliveryRates({ sent: 3, delivered: 0, opened: 0, clicked: 0, deliveredConversions: 0, costCents: 300 })).toEqual({
    deliveryRate: 0,
    openRate: null,
    clickRate: null,
    conversionRate: null,
    costPerDeliveredCents: null,
  });
  expect(deliveryRates({ sent: 0, delivered: 0, opened: 0, clicked: 0, deliveredConversions: 0, costCents: 0 }).deliveryRate).toBeNull();
  expect(deliveryRates({ sent: 3, delivered: 3, opened: 0, clicked: 0, deliveredConversions: 0, costCents: 100 }).costPerDeliveredCents).toBe(33);
});
