import { domainErrorOf } from '@member-graph/common/testing';
import { couponStatus, couponValidity, discountFor, validateTemplate } from './coupon.rules';

const now = new Date('2026-01-15T02:00:00.000Z');
const later = new Date('2026-02-15T02:00:00.000Z');

test('discounts: amount off, percent off with a cap, 满减 threshold, free shipping', () => {
  expect(discountFor({ kind: 'AMOUNT_OFF', amountOffCents: 2000, percentOff: null, maxDiscountCents: null, thresholdCents: null }, 15_000)).toBe(2000);
  expect(discountFor({ kind: 'AMOUNT_OFF', amountOffCents: 2000, percentOff: null, maxDiscountCents: null, thresholdCents: null }, 1500)).toBe(1500);
  const pct = { kind: 'PERCENT_OFF' as const, amountOffCents: null, percentOff: 15, maxDiscountCents: 3000, thresholdCents: null };
  expect(discountFor(pct, 10_001)).toBe(1500); // 15% of 100.01 = 15.0015 → 15.00
  expect(discountFor(pct, 50_000)).toBe(3000); // capped
  const mj = { kind: 'THRESHOLD' as const, amountOffCents: 3000, percentOff: null, maxDiscountCents: null, thresholdCents: 20_000 };
  expect(discountFor(mj, 20_000)).toBe(3000);
  expect(domainErrorOf(() => discountFor(mj, 19_999))).toEqual(['COUPON_THRESHOLD_NOT_MET', undefined]);
  expect(discountFor({ kind: 'FREE_SHIPPING', amountOffCents: null, percentOff: null, maxDiscountCents: 1000, thresholdCents: null }, 5000, 1200)).toBe(1000);
  expect(discountFor({ kind: 'FREE_SHIPPING', amountOffCents: null, percentOff: null, maxDiscountCents: null, thresholdCents: null }, 5000, 800)).toBe(800);
});

test('validity: a window, or days after issue; expired only after the end', () => {
  expect(couponValidity({ validFrom: null, validUntil: later, validDays: null }, now)).toEqual({ validFrom: now, validUntil: later });
  expect(couponValidity({ validFrom: null, validUntil: null, validDays: 7 }, now).validUntil.toISOString()).toBe('2026-01-22T02:00:00.000Z');
  expect(couponStatus({ status: 'ISSUED', validUntil: later }, later)).toBe('AVAILABLE');
  expect(couponStatus({ status: 'ISSUED', validUntil: later }, new Date(later.getTime() + 1))).toBe('EXPIRED');
  expect(couponStatus({ status: 'REDEEMED', validUntil: later }, new Date(later.getTime() + 1))).toBe('REDEEMED');
});

test('templates are checked per kind, with the validity and stock rules', () => {
  const ok = validateTemplate({ kind: 'THRESHOLD', thresholdCents: 20_000, amountOffCents: 3000, validDays: 30, stock: 100 }, now);
  expect(ok).toMatchObject({ perCustomerLimit: 1, channels: ['ONLINE', 'STORE'], claimable: true });
  expect(domainErrorOf(() => validateTemplate({ kind: 'PERCENT_OFF', percentOff: 10, validDays: 3, stock: 5 }, now))).toEqual(['BAD_USER_INPUT', 'maxDiscountCents']);
  expect(domainErrorOf(() => validateTemplate({ kind: 'AMOUNT_OFF', amountOffCents: 100, stock: 5 }, now))).toEqual(['BAD_USER_INPUT', 'validUntil']);
  expect(domainErrorOf(() => validateTemplate({ kind: 'AMOUNT_OFF', amountOffCents: 100, validUntil: later, validDays: 3, stock: 5 }, now))).toEqual(['BAD_USER_INPUT', 'validUntil']);
  expect(domainErrorOf(() => validateTemplate({ kind: 'THRESHOLD', thresholdCents: 1000, amountOffCents: 3000, validDays: 3, stock: 5 }, now))).toEqual(['BAD_USER_INPUT', 'amountOffCents']);
  expect(domainErrorOf(() => validateTemplate({ kind: 'AMOUNT_OFF', amountOffCents: 100, validDays: 3, stock: 0 }, now))).toEqual(['BAD_USER_INPUT', 'stock']);
  expect(domainErrorOf(() => validateTemplate({ kind: 'AMOUNT_OFF', amountOffCents: 100, validUntil: now, stock: 1 }, now))).toEqual(['BAD_USER_INPUT', 'validUntil']);
});
