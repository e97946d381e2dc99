import { ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes } from '@member-graph/common/testing';
import { LOYALTY_CONSUMER } from '../src/consumers';
import { ledgerTotals, loyaltyOf, newCustomer, recordOrder, REDEEM, refundOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyearning', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const loyaltyDb = () => h.stack.subgraphs.loyalty.dataSource;

test('a recorded order earns base points per yuan times the tier multiplier, and growth from the amount', async () => {
  const id = await newCustomer(h);
  await recordOrder(h, id, '199.99', { paidAt: clock.now() });
  await h.stack.settle();
  const l = await loyaltyOf(h, id);
  expect(l.points.balance).toBe(199);
  expect(l.growth).toBe(199);
  expect(l.badges.map((b: { code: string }) => b.code)).toEqual(['FIRST_ORDER']);
  // a second order at SILVER (1.2x) after the first one crossed 1,000 growth
  await recordOrder(h, id, '900.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect((await loyaltyOf(h, id)).tier.code).toBe('SILVER');
  await recordOrder(h, id, '100.00', { paidAt: clock.now() });
  await h.stack.settle();
  const after = await loyaltyOf(h, id);
  expect(after.points.balance).toBe(199 + 900 + 120);
  expect(after.growth).toBe(1199);
});

test('store orders earn like any other channel and keep the store on the ledger line', async () => {
  const id = await newCustomer(h);
  const orderId = await recordOrder(h, id, '58.00', { channel: 'STORE', storeId: 'SH-JINGAN-01', paidAt: clock.now() });
  await h.stack.settle();
  const [line] = await loyaltyDb().query(`select type, amount, store_id, source_id, reason_code from loyalty.points_entries where customer_id = $1`, [id]);
  expect(line).toEqual({ type: 'EARN', amount: 58, store_id: 'SH-JINGAN-01', source_id: orderId, reason_code: 'ORDER' });
});

test('each order earns once, however often its event is delivered (offset reset and redelivery)', async () => {
  const id = await newCustomer(h);
  await recordOrder(h, id, '300.00', { paidAt: clock.now() });
  await h.stack.settle();
  const before = await loyaltyOf(h, id);
  // forget everything the consumer knows and deliver the whole bus again
  await loyaltyDb().query(`update loyalty.consumer_offsets set position = 0 where consumer = $1`, [LOYALTY_CONSUMER]);
  await loyaltyDb().query(`delete from loyalty.processed_events where consumer = $1`, [LOYALTY_CONSUMER]);
  await h.stack.settle();
  const after = await loyaltyOf(h, id);
  expect(after.points.balance).toBe(300);
  expect(after.growth).toBe(300);
  expect(after).toEqual(before);
  const [{ n }] = await loyaltyDb().query(`select count(*)::int as n from loyalty.points_entries where customer_id = $1`, [id]);
  expect(n).toBe(1);
});

test('refunds reverse the points and growth of the refunded part; a full refund reverses everything', async () => {
  const id = await newCustomer(h);
  const orderId = await recordOrder(h, id, '200.00', { paidAt: clock.now() });
  await h.stack.settle();
  await refundOrder(h, orderId, '50.00');
  await h.stack.settle();
  let l = await loyaltyOf(h, id);
  expect(l.points.balance).toBe(150);
  expect(l.growth).toBe(150);
  await refundOrder(h, orderId, null); // the rest
  await h.stack.settle();
  l = await loyaltyOf(h, id);
  expect(l.points.balance).toBe(0);
  expect(l.growth).toBe(0);
  const lines = await loyaltyDb().query(`select type, amount, reason_code from loyalty.points_entries where customer_id = $1 order by id`, [id]);
  expect(lines).toEqual([
    { type: 'EARN', amount: 200, reason_code: 'ORDER' },
    { type: 'REVERSE', amount: -50, reason_code: 'ORDER_REFUND' },
    { type: 'REVERSE', amount: -150, reason_code: 'ORDER_REFUND' },
  ]);
});

test('a refund of spent points makes the balance negative, which blocks redemption until it is positive again', async () => {
  const id = await newCustomer(h);
  const token = await h.stack.token('customer', id);
  const orderId = await recordOrder(h, id, '100.00', { paidAt: clock.now() });
  await h.stack.settle();
  dataOf(await h.gql(REDEEM, { input: { points: 80, idempotencyKey: 'spend' } }, token));
  await refundOrder(h, orderId, null);
  await h.stack.settle();
  expect((await loyaltyOf(h, id)).points.balance).toBe(-80);
  const blocked = await h.gql(REDEEM, { input: { points: 1, idempotencyKey: 'blocked' } }, token);
  expect(errorCodes(blocked)).toEqual(['INSUFFICIENT_POINTS']);
  expect(blocked.errors?.[0].message).toMatch(/-80/);
  await recordOrder(h, id, '90.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect((await loyaltyOf(h, id)).points.balance).toBe(10);
  expect(await ledgerTotals(h, id)).toEqual({ ledger: 10, lots: 10 }); // the new lot paid back the debt first
  expect(dataOf(await h.gql(REDEEM, { input: { points: 10, idempotencyKey: 'again' } }, token)).redeemPoints.balance).toBe(0);
});

test('loyalty emits points_changed events to the bus', async () => {
  const id = await newCustomer(h);
  await recordOrder(h, id, '12.00', { paidAt: clock.now() });
  await h.stack.settle();
  const events = await loyaltyDb().query(`select type, payload from bus.events where aggregate_id = $1 and source = 'loyalty' order by seq`, [id]);
  expect(events).toEqual([
    { type: 'loyalty.points_changed', payload: expect.objectContaining({ customerId: id, type: 'EARN', amount: 12, balance: 12, reasonCode: 'ORDER' }) },
    { type: 'loyalty.badge_awarded', payload: expect.objectContaining({ customerId: id, badge: 'FIRST_ORDER' }) },
  ]);
});
