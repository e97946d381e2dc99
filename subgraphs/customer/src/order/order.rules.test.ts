import { DomainError } from '@member-graph/common/errors';
import { normaliseOrder, type RecordOrderCommand } from './order.rules';
import { canonicalJson } from './payload-hash';
import { normaliseRefund, statusAfterRefund } from './refund.rules';

const now = new Date('2026-01-15T02:00:00.000Z');
const base: RecordOrderCommand = {
  externalNo: ' APP-1 ',
  customerId: '6F1C2B8E-1111-4222-8333-944445555666',
  channel: 'APP',
  paidAt: new Date('2026-01-15T01:00:00.000Z'),
  lines: [
    { sku: 'SKU-1', category: 'baby', quantity: 2, amount: 5990 },
    { sku: ' SKU-2 ', quantity: 1, amount: 0 },
  ],
};

const codeAndField = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return [(e as DomainError).code, (e as DomainError).details?.field];
  }
  return null;
};

test('an order is trimmed, totalled and hashed; the hash ignores key order and whitespace but not content', () => {
  const order = normaliseOrder(base, now);
  expect(order).toMatchObject({
    externalNo: 'APP-1',
    customerId: '6f1c2b8e-1111-4222-8333-944445555666',
    storeId: null,
    amountCents: 5990,
    lines: [
      { sku: 'SKU-1', category: 'baby', quantity: 2, amountCents: 5990 },
      { sku: 'SKU-2', category: null, quantity: 1, amountCents: 0 },
    ],
  });
  expect(normaliseOrder({ ...base, externalNo: 'APP-1', lines: [...base.lines] }, now).payloadHash).toBe(order.payloadHash);
  expect(normaliseOrder({ ...base, lines: [base.lines[0], { ...base.lines[1], amount: 1 }] }, now).payloadHash).not.toBe(order.payloadHash);
  expect(canonicalJson({ b: 1, a: [{ d: null, c: new Date(0) }] })).toBe('{"a":[{"c":"1970-01-01T00:00:00.000Z","d":null}],"b":1}');
});

test.each<[string, Partial<RecordOrderCommand>, string]>([
  ['blank externalNo', { externalNo: '  ' }, 'externalNo'],
  ['a customer id that is no UUID', { customerId: 'abc' }, 'customerId'],
  ['an unknown channel', { channel: 'MARS' }, 'channel'],
  ['a STORE order without store', { channel: 'STORE', storeId: ' ' }, 'storeId'],
  ['paidAt 6 minutes ahead', { paidAt: new Date(now.getTime() + 6 * 60_000) }, 'paidAt'],
  ['no lines', { lines: [] }, 'lines'],
  ['201 lines', { lines: Array.from({ length: 201 }, () => base.lines[0]) }, 'lines'],
  ['quantity 0', { lines: [{ sku: 'A', quantity: 0, amount: 1 }] }, 'lines[0].quantity'],
  ['fractional quantity', { lines: [{ sku: 'A', quantity: 1.5, amount: 1 }] }, 'lines[0].quantity'],
  ['a negative amount', { lines: [base.lines[0], { sku: 'A', quantity: 1, amount: -1 }] }, 'lines[1].amount'],
  ['a blank sku', { lines: [{ sku: ' ', quantity: 1, amount: 1 }] }, 'lines[0].sku'],
])('refuses %s with BAD_USER_INPUT', (_name, change, field) => {
  expect(codeAndField(() => normaliseOrder({ ...base, ...change }, now))).toEqual(['BAD_USER_INPUT', field]);
});

test('paidAt up to 5 minutes ahead (clock skew) and a STORE order with its store are fine', () => {
  expect(normaliseOrder({ ...base, paidAt: new Date(now.getTime() + 5 * 60_000) }, now).paidAt).toEqual(new Date(now.getTime() + 5 * 60_000));
  expect(normaliseOrder({ ...base, channel: 'STORE', storeId: 'SH-001' }, now).storeId).toBe('SH-001');
});

test('refund requests name exactly one order, a key, and a positive amount or none', () => {
  expect(normaliseRefund({ externalNo: ' APP-1 ', externalRefundNo: ' R-1 ' })).toEqual({
    order: { externalNo: 'APP-1' },
    externalRefundNo: 'R-1',
    amountCents: null,
    reason: null,
  });
  expect(codeAndField(() => normaliseRefund({ externalRefundNo: 'R' }))).toEqual(['BAD_USER_INPUT', 'orderId']);
  expect(codeAndField(() => normaliseRefund({ orderId: base.customerId, externalNo: 'A', externalRefundNo: 'R' }))).toEqual(['BAD_USER_INPUT', 'externalNo']);
  expect(codeAndField(() => normaliseRefund({ orderId: 'nope', externalRefundNo: 'R' }))).toEqual(['BAD_USER_INPUT', 'orderId']);
  expect(codeAndField(() => normaliseRefund({ externalNo: 'A', externalRefundNo: ' ' }))).toEqual(['BAD_USER_INPUT', 'externalRefundNo']);
  expect(codeAndField(() => normaliseRefund({ externalNo: 'A', externalRefundNo: 'R', amount: 0 }))).toEqual(['BAD_USER_INPUT', 'amount']);
  expect(statusAfterRefund(1000, 0)).toBe('PAID');
  expect(statusAfterRefund(1000, 1)).toBe('PARTIALLY_REFUNDED');
  expect(statusAfterRefund(1000, 1000)).toBe('REFUNDED');
});
