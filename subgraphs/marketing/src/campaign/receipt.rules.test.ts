import { domainErrorOf } from '@member-graph/common/testing';
import { applyReceipt, checkReceipts, deliveryRates, deliveryStage, MAX_RECEIPTS } from './receipt.rules';

const none = { deliveredAt: null, openedAt: null, clickedAt: null };
const t = (m: number) => new Date(Date.UTC(2026, 2, 1, 0, m));

test('a receipt sets its stage and the earlier ones it implies, once', () => {
  const opened = applyReceipt(none, 'OPENED', t(5));
  expect(opened).toEqual({ times: { deliveredAt: t(5), openedAt: t(5), clickedAt: null }, changed: true });
  expect(deliveryStage(opened.times)).toBe('OPENED');
  expect(applyReceipt(opened.times, 'OPENED', t(9))).toEqual({ times: opened.times, changed: false }); // again: nothing
  expect(applyReceipt(opened.times, 'DELIVERED', t(1))).toEqual({ times: opened.times, changed: false }); // an earlier stage, late: nothing
  const clicked = applyReceipt(opened.times, 'CLICKED', t(7));
  expect(clicked).toEqual({ times: { deliveredAt: t(5), openedAt: t(5), clickedAt: t(7) }, changed: true });
  expect(deliveryStage(clicked.times)).toBe('CLICKED');
  expect(deliveryStage(none)).toBeNull();
  expect(deliveryStage(applyReceipt(none, 'DELIVERED', t(1)).times)).toBe('DELIVERED');
});

test('a batch is 1–500 receipts, none ahead of the clock beyond five minutes', () => {
  const now = t(10);
  expect(() => checkReceipts([{ at: t(15) }], now)).not.toThrow();
  expect(domainErrorOf(() => checkReceipts([{ at: t(16) }], now))).toEqual(['BAD_USER_INPUT', 'input']);
  expect(domainErrorOf(() => checkReceipts([], now))).toEqual(['BAD_USER_INPUT', 'input']);
  expect(domainErrorOf(() => checkReceipts(Array.from({ length: MAX_RECEIPTS + 1 }, () => ({ at: now })), now))).toEqual(['BAD_USER_INPUT', 'input']);
  expect(() => checkReceipts(Array.from({ length: MAX_RECEIPTS }, () => ({ at: now })), now)).not.toThrow();
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
