import { runExclusive } from '@member-graph/common/jobs';
import { ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes } from '@member-graph/common/testing';
import { grantPoints, ledgerTotals, loyaltyOf, newCustomer, REDEEM, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltypoints', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const redeem = (token: string, input: Record<string, unknown>) => h.gql(REDEEM, { input }, token);

test('50 concurrent redemptions of 10 on a balance of 100: exactly 10 succeed, 40 are INSUFFICIENT_POINTS, the balance is 0', async () => {
  const id = await newCustomer(h);
  await grantPoints(h, id, 100);
  const token = await h.stack.token('customer', id);
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => redeem(token, { points: 10, idempotencyKey: `race-${i}` })));
  const ok = answers.filter((a) => !a.errors && a.data?.redeemPoints);
  const refused = answers.filter((a) => errorCodes(a).includes('INSUFFICIENT_POINTS'));
  expect(ok).toHaveLength(10);
  expect(refused).toHaveLength(40);
  expect(ok.map((a) => a.data.redeemPoints.balance).sort((a: number, b: number) => a - b)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  expect((await loyaltyOf(h, id, token)).points.balance).toBe(0);
  expect(await ledgerTotals(h, id)).toEqual({ ledger: 0, lots: 0 });
});

test('a redemption key returns the stored result; the same key with another payload is refused and changes nothing', async () => {
  const id = await newCustomer(h);
  await grantPoints(h, id, 100);
  const token = await h.stack.token('customer', id);
  const first = dataOf(await redeem(token, { points: 30, idempotencyKey: 'checkout-1' })).redeemPoints;
  expect(first).toMatchObject({ balance: 70, replayed: false, entry: { amount: -30, type: 'REDEEM' } });
  const again = dataOf(await redeem(token, { points: 30, idempotencyKey: 'checkout-1' })).redeemPoints;
  expect(again).toEqual({ ...first, replayed: true });
  const other = await redeem(token, { points: 40, idempotencyKey: 'checkout-1' });
  expect(errorCodes(other)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  // the same key raced ten times still redeems once
  const raced = await Promise.all(Array.from({ length: 10 }, () => redeem(token, { points: 5, idempotencyKey: 'checkout-2' })));
  expect(new Set(raced.map((r) => dataOf(r).redeemPoints.entry.id)).size).toBe(1);
  expect((await loyaltyOf(h, id)).points.balance).toBe(65);
  // a key is per customer: another customer may use the same one
  const other2 = await newCustomer(h);
  await grantPoints(h, other2, 10);
  const t2 = await h.stack.token('customer', other2);
  expect(dataOf(await redeem(t2, { points: 10, idempotencyKey: 'checkout-1' })).redeemPoints.balance).toBe(0);
});

test('customers redeem only their own points; a store redeems through system with its transaction id; agents cannot', async () => {
  const id = await newCustomer(h);
  const stranger = await newCustomer(h);
  await grantPoints(h, id, 50);
  const strangerToken = await h.stack.token('customer', stranger);
  expect(errorCodes(await redeem(strangerToken, { customerId: id, points: 10, idempotencyKey: 'steal' }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await redeem(h.system, { customerId: id, points: 10, idempotencyKey: 'pos-1' }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await redeem(h.agent, { customerId: id, points: 10, idempotencyKey: 'pos-1', storeId: 'S1', storeTransactionId: 'T1' }))).toEqual(['FORBIDDEN']);
  const store = dataOf(await redeem(h.system, { customerId: id, points: 20, idempotencyKey: 'pos-1', storeId: 'SH-001', storeTransactionId: 'POS-778' }));
  expect(store.redeemPoints).toMatchObject({ balance: 30, entry: { storeId: 'SH-001', sourceId: 'POS-778' } });
  // the till retries the same sale with a new key: the sale debits once
  const retried = dataOf(await redeem(h.system, { customerId: id, points: 20, idempotencyKey: 'pos-1-retry', storeId: 'SH-001', storeTransactionId: 'POS-778' }));
  expect(retried.redeemPoints).toMatchObject({ balance: 30, entry: { id: store.redeemPoints.entry.id } });
  expect(errorCodes(await redeem(h.system, { customerId: stranger, points: 5, idempotencyKey: 'pos-2', storeId: 'SH-001', storeTransactionId: 'POS-778' }))).toEqual(['STORE_TRANSACTION_REUSED']);
  expect(errorCodes(await redeem(h.system, { customerId: id, points: 0, idempotencyKey: 'zero', storeId: 'S', storeTransactionId: 'T' }))).toEqual(['BAD_USER_INPUT']);
});

test('admins adjust with a mandatory reason, audited on the ledger; agents read but cannot change', async () => {
  const id = await newCustomer(h);
  const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { amount balanceAfter note reasonCode actorId actorRole } }`;
  expect(errorCodes(await h.gql(ADJUST, { input: { customerId: id, points: 10, reason: '' } }, h.admin))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await h.gql(ADJUST, { input: { customerId: id, points: 10, reason: '      ' } }, h.admin))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await h.gql(ADJUST, { input: { customerId: id, points: 10, reason: 'goodwill' } }, h.agent))).toEqual(['FORBIDDEN']);
  const customerToken = await h.stack.token('customer', id);
  expect(errorCodes(await h.gql(ADJUST, { input: { customerId: id, points: 10, reason: 'goodwill' } }, customerToken))).toEqual(['FORBIDDEN']);
  const done = dataOf(await h.gql(ADJUST, { input: { customerId: id, points: 25, reason: 'goodwill: late delivery', reasonCode: 'GOODWILL' } }, h.admin));
  expect(done.adjustPoints).toEqual({ amount: 25, balanceAfter: 25, note: 'goodwill: late delivery', reasonCode: 'GOODWILL', actorId: 'admin-1', actorRole: 'admin' });
  expect(errorCodes(await h.gql(ADJUST, { input: { customerId: id, points: -30, reason: 'correction' } }, h.admin))).toEqual(['INSUFFICIENT_POINTS']);
  // the agent reads the audit trail; the customer sees the line without who wrote it
  const HISTORY = `query($id: ID!) { customer(id: $id) { loyalty { points { balance } history(first: 5) { nodes { amount note actorId } } } } }`;
  const byAgent = dataOf(await h.gql(HISTORY, { id }, h.agent)).customer.loyalty;
  expect(byAgent).toEqual({ points: { balance: 25 }, history: { nodes: [{ amount: 25, note: 'goodwill: late delivery', actorId: 'admin-1' }] } });
  const bySelf = dataOf(await h.gql(HISTORY, { id }, customerToken)).customer.loyalty;
  expect(bySelf.history.nodes[0].actorId).toBeNull();
});

test('history pages newest first with cursors', async () => {
  const id = await newCustomer(h);
  for (const n of [1, 2, 3, 4, 5]) await grantPoints(h, id, n);
  const Q = `query($id: ID!, $after: String) { customer(id: $id) { loyalty { history(first: 2, after: $after) { nodes { amount } pageInfo { hasNextPage endCursor } } } } }`;
  const amounts: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = dataOf(await h.gql(Q, { id, after }, h.admin)).customer.loyalty.history;
    amounts.push(...page.nodes.map((n: { amount: number }) => n.amount));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(amounts).toEqual([5, 4, 3, 2, 1]);
  expect(errorCodes(await h.gql(Q, { id, after: 'not-a-cursor' }, h.admin))).toEqual(['BAD_USER_INPUT']);
});

test('points expire first in, first out at the end of the 12th month; expiringSoon shows the next 30 days; expiry runs twice safely', async () => {
  clock.set('2026-01-15T02:00:00.000Z');
  const id = await newCustomer(h);
  await grantPoints(h, id, 100); // lapses at the end of January 2027 (Shanghai)
  clock.set('2026-03-10T02:00:00.000Z');
  await grantPoints(h, id, 50); // lapses at the end of March 2027
  const token = await h.stack.token('customer', id);
  dataOf(await redeem(token, { points: 30, idempotencyKey: 'fifo-1' })); // taken from the January lot
  clock.set('2026-12-20T02:00:00.000Z');
  expect((await loyaltyOf(h, id)).points).toEqual({ balance: 120, expiringSoon: 0 });
  clock.set('2027-01-10T02:00:00.000Z');
  expect((await loyaltyOf(h, id)).points).toEqual({ balance: 120, expiringSoon: 70 });

  clock.set('2027-01-31T16:00:01.000Z'); // 1 February 2027, 00:00:01 in Shanghai
  const expiry = h.stack.subgraphs.loyalty.jobs.find((j) => j.name === 'loyalty.points-expiry')!;
  expect(await runExclusive(h.stack.subgraphs.loyalty.dataSource, expiry)).toBe(true);
  await expiry.run();
  expect((await loyaltyOf(h, id)).points).toEqual({ balance: 50, expiringSoon: 0 });
  const rows = await h.stack.subgraphs.loyalty.dataSource.query(
    `select type, amount, balance_after from loyalty.points_entries where customer_id = $1 and type = 'EXPIRE'`,
    [id],
  );
  expect(rows).toEqual([{ type: 'EXPIRE', amount: -70, balance_after: 50 }]);
  clock.set('2027-03-05T02:00:00.000Z');
  expect((await loyaltyOf(h, id)).points).toEqual({ balance: 50, expiringSoon: 50 });
  expect(await ledgerTotals(h, id)).toEqual({ ledger: 50, lots: 50 });
});
