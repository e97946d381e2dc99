import { domainErrorOf } from '@member-graph/common/testing';
import { checkBudget, couponFaceValue, fitsBudget, MAX_BUDGET_CENTS, remainingBudget, sendCharge } from './budget.rules';

test('a coupon counts as its amount off, a percentage coupon as its cap, free shipping as nothing', () => {
  expect(couponFaceValue({ kind: 'AMOUNT_OFF', amountOffCents: 500, maxDiscountCents: null })).toBe(500);
  expect(couponFaceValue({ kind: 'THRESHOLD', amountOffCents: '3000', maxDiscountCents: null })).toBe(3000);
  expect(couponFaceValue({ kind: 'PERCENT_OFF', amountOffCents: null, maxDiscountCents: 2000 })).toBe(2000);
  expect(couponFaceValue({ kind: 'FREE_SHIPPING', amountOffCents: null, maxDiscountCents: null })).toBe(0);
  expect(couponFaceValue(null)).toBe(0);
});

test('a send costs its message plus its coupon, and fits while spent + charge stays within the budget', () => {
  expect(sendCharge(10, { kind: 'AMOUNT_OFF', amountOffCents: 500, maxDiscountCents: null })).toBe(510);
  expect(sendCharge(10, null)).toBe(10);
  expect(fitsBudget(1000, 990, 10)).toBe(true);
  expect(fitsBudget(1000, 991, 10)).toBe(false);
  expect(fitsBudget(null, 10 ** 12, 10)).toBe(true);
  expect(remainingBudget(1000, 400)).toBe(600);
  expect(remainingBudget(null, 400)).toBeNull();
});

test('a budget is 0–MAX and never below what was spent; none is no limit', () => {
  expect(checkBudget(null, 500)).toBeNull();
  expect(checkBudget(500, 500)).toBe(500);
  expect(checkBudget(0, 0)).toBe(0);
  expect(checkBudget(MAX_BUDGET_CENTS, 0)).toBe(MAX_BUDGET_CENTS);
  expect(domainErrorOf(() => checkBudget(499, 500))).toEqual(['BAD_USER_INPUT', 'budget']);
  expect(domainErrorOf(() => checkBudget(-1, 0))).toEqual(['BAD_USER_INPUT', 'budget']);
  expect(domainErrorOf(() => checkBudget(MAX_BUDGET_CENTS + 1, 0))).toEqual(['BAD_USER_INPUT', 'budget']);
});
