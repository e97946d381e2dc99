import { ManualClock } from '@member-graph/common/time';
import { dataOf } from '@member-graph/common/testing';
import { LOYALTY_CONSUMER } from '../src/consumers';
import { ledgerTotals, loyaltyOf, newCustomer, recordOrder, REDEEM, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-14T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltymerge', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const CHECK_IN = `mutation { checkIn { checkedIn } }`;
const RECORD = `mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { growth } }`;
const MERGE = `mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { id } }`;

test('customer.merged moves the ledger, growth and badges to the survivor without double counting', async () => {
  const survivor = await newCustomer(h, { name: '合并-保留' });
  const merged = await newCustomer(h, { name: '合并-并入' });
  const [sToken, mToken] = await Promise.all([h.stack.token('customer', survivor), h.stack.token('customer', merged)]);

  // 14 January: the merged account checks in and orders enough for SILVER, then redeems 100
  dataOf(await h.gql(CHECK_IN, {}, mToken));
  await recordOrder(h, merged, '1000.00', { paidAt: clock.now() });
  await h.stack.settle();
  dataOf(await h.gql(REDEEM, { input: { points: 100, idempotencyKey: 'm-1' } }, mToken));
  dataOf(await h.gql(RECORD, { input: { kind: 'REVIEW', sourceId: 'review-1' } }, mToken));
  dataOf(await h.gql(RECORD, { input: { kind: 'REVIEW', sourceId: 'review-2' } }, mToken));
  // 15 January: both check in, the survivor orders and reviews the same product review id
  clock.set('2026-01-15T02:00:00.000Z');
  dataOf(await h.gql(CHECK_IN, {}, mToken));
  dataOf(await h.gql(CHECK_IN, {}, sToken));
  await recordOrder(h, survivor, '300.00', { paidAt: clock.now() });
  await h.stack.settle();
  dataOf(await h.gql(RECORD, { input: { kind: 'REVIEW', sourceId: 'review-1' } }, sToken));
  const before = { s: await loyaltyOf(h, survivor), m: await loyaltyOf(h, merged) };
  expect(before.s).toMatchObject({ tier: { code: 'MEMBER' }, growth: 306, points: { balance: 300 } });
  expect(before.m).toMatchObject({ tier: { code: 'SILVER' }, growth: 1012, points: { balance: 900 } });

  dataOf(await h.gql(MERGE, { input: { survivorId: survivor, mergedId: merged, reason: 'same phone' } }, h.admin));
  await h.stack.settle();

  const after = await loyaltyOf(h, survivor);
  expect(after.points.balance).toBe(1200); // 300 + 900, nothing twice
  expect(after.growth).toBe(306 + 1012 - 1 - 5); // the shared check-in day and the shared review count once
  expect(after.tier.code).toBe('SILVER');
  expect(after.badges.map((b: { code: string }) => b.code).sort()).toEqual(['FIRST_ORDER', 'FIRST_REVIEW']);
  expect(after.checkIn).toEqual({ today: true, streak: 1 });
  expect(await ledgerTotals(h, survivor)).toEqual({ ledger: 1200, lots: 1200 });
  expect(await ledgerTotals(h, merged)).toEqual({ ledger: 0, lots: 0 });
  const [{ orders }] = await h.stack.subgraphs.loyalty.dataSource.query(`select count(*)::int as orders from loyalty.order_earnings where customer_id = $1`, [survivor]);
  expect(orders).toBe(2);

  // the merged id now reads the survivor's account, also for the merged customer's own token
  expect((await loyaltyOf(h, merged)).customerId).toBe(survivor);
  const me = dataOf(await h.gql(`{ me { id loyalty { customerId points { balance } } } }`, {}, mToken)).me;
  expect(me).toEqual({ id: survivor, loyalty: { customerId: survivor, points: { balance: 1200 } } });

  // redelivering every event (the merge included) changes nothing
  const ds = h.stack.subgraphs.loyalty.dataSource;
  await ds.query(`update loyalty.consumer_offsets set position = 0 where consumer = $1`, [LOYALTY_CONSUMER]);
  await ds.query(`delete from loyalty.processed_events where consumer = $1`, [LOYALTY_CONSUMER]);
  await h.stack.settle();
  expect(await loyaltyOf(h, survivor)).toEqual(after);

  // later orders land on the survivor (at its SILVER rate: 10 yuan × 1.2) and redemptions spend the joined balance
  await recordOrder(h, merged, '10.00', { paidAt: clock.now() });
  await h.stack.settle();
  const redeemed = dataOf(await h.gql(REDEEM, { input: { points: 1212, idempotencyKey: 'after-merge' } }, sToken)).redeemPoints;
  expect(redeemed.balance).toBe(0);
});
