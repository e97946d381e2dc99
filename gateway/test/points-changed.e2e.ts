import { within } from '@member-graph/common/testing';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { newCustomer, recordOrder, useTestStack } from '../../scripts/stack';

/** The member app's live points (issue 15): pointsChanged through the gateway, resumable with afterSeq, one member's lines only. */
const h = useTestStack('pointschanged', { subgraphs: ['customer', 'loyalty'] });

type Change = { seq: number; balance: number; entry: { type: string; amount: number; reasonCode: string } };
const WATCH = `subscription($after: Int) { pointsChanged(afterSeq: $after) { seq balance entry { type amount reasonCode } } }`;
const clients: Client[] = [];
h.beforeStop(() => Promise.all(clients.map((c) => c.dispose())));

const watch = (token: string, after?: number) => {
  const c = createClient({ url: h.stack.gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c.iterate<{ pointsChanged: Change }>({ query: WATCH, variables: after === undefined ? {} : { after } });
};

async function next(it: AsyncIterator<{ data?: { pointsChanged: Change } | null; errors?: readonly unknown[] }>): Promise<Change> {
  const r = await within(it.next(), 30_000, 'a points change');
  if (r.done) throw new Error('stream ended');
  if (r.value.errors?.length) throw new Error(JSON.stringify(r.value.errors));
  return r.value.data!.pointsChanged;
}

const REDEEM = `mutation($i: RedeemPointsInput!) { redeemPoints(input: $i) { balance } }`;

test('a member sees each ledger line as it is written, only their own, and resumes after the last seq without gap or duplicate', async () => {
  const alice = await newCustomer(h, { name: '积分会员' });
  const bob = await newCustomer(h, { name: '旁人' });
  const [aliceToken, bobToken] = await Promise.all([h.stack.token('customer', alice), h.stack.token('customer', bob)]);
  const aliceLive = watch(aliceToken);
  const bobLive = watch(bobToken);

  await recordOrder(h, alice, { amount: '300.00' });
  await h.settle();
  const earned = await next(aliceLive);
  expect(earned.entry).toMatchObject({ type: 'EARN', reasonCode: 'ORDER' });
  expect(earned.balance).toBe(earned.entry.amount);

  await h.ok(REDEEM, { i: { points: 100, idempotencyKey: 'r1' } }, aliceToken);
  const redeemed = await next(aliceLive);
  expect(redeemed).toMatchObject({ balance: earned.balance - 100, entry: { type: 'REDEEM', amount: -100 } });
  expect(redeemed.seq).toBeGreaterThan(earned.seq);

  // bob's stream carries bob's lines only: his first event is his own order, not alice's two lines
  await recordOrder(h, bob, { amount: '50.00' });
  await h.settle();
  expect((await next(bobLive)).balance).toBe((await next(watch(bobToken, 0))).balance);

  // resuming after the first line replays the second, then goes live; from 0 replays both in order
  const resumed = watch(aliceToken, earned.seq);
  expect(await next(resumed)).toEqual(redeemed);
  const replay = watch(aliceToken, 0);
  expect([await next(replay), await next(replay)]).toEqual([earned, redeemed]);
  await h.ok(REDEEM, { i: { points: 10, idempotencyKey: 'r2' } }, aliceToken);
  const live = await next(resumed);
  expect(live).toMatchObject({ balance: redeemed.balance - 10 });
  expect(await next(replay)).toEqual(live);
});

test('staff tokens cannot open a member stream (FORBIDDEN), and afterSeq must be a whole number >= 0', async () => {
  const it = watch(h.tokens.agent);
  const r = await it.next();
  expect(JSON.stringify(r.value)).toContain('FORBIDDEN');
  const customer = await h.stack.token('customer', await newCustomer(h));
  const bad = await watch(customer, -1).next();
  expect(JSON.stringify(bad.value)).toContain('BAD_USER_INPUT');
});
