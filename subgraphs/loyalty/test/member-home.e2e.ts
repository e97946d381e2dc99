import { ACTOR_HEADER, encodeActor, SECRET_HEADER } from '@member-graph/common/auth';
import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { MemberHomeDocument } from '@member-graph/client-app';
import { eventually } from '../../../scripts/stack/fixtures';
import { LOYALTY, newCustomer, recordOrder, refundOrder, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyhome', { background: true });
});
afterAll(async () => {
  await h?.stop();
});

test('the member home answers in one request; an order raises points and growth through the background relay and consumers, a refund reverses them', async () => {
  const id = await newCustomer(h, { name: '演示会员' });
  const token = await h.stack.token('customer', id);
  const home = async () => dataOf(await h.gql(MemberHomeDocument, {}, token)).me;

  expect(await home()).toEqual({
    name: '演示会员',
    loyalty: {
      tier: { code: 'MEMBER', nameZh: '普通会员', nameEn: 'Member' },
      tierProgress: { current: { code: 'MEMBER' }, next: { code: 'SILVER', nameZh: '白银会员' }, growth: 0, growthToNext: 1000, validUntil: null },
      points: { balance: 0, expiringSoon: 0 },
      badges: [],
    },
  });

  const orderId = await recordOrder(h, id, '1288.00');
  // the background relay and consumers carry it (no settle); how fast is measured by `npm run bench`
  await eventually(async () => (await home()).loyalty!.points.balance === 1288, 'the points of the order show on the member home', 30_000);
  const after = await home();
  expect(after.loyalty).toMatchObject({
    tier: { code: 'SILVER' },
    tierProgress: { current: { code: 'SILVER' }, next: { code: 'GOLD' }, growth: 1288, growthToNext: 3712 },
    points: { balance: 1288, expiringSoon: 0 },
    badges: [{ code: 'FIRST_ORDER', nameZh: '首单达成' }],
  });
  expect(after.loyalty!.tierProgress.validUntil).toEqual(expect.any(String));

  await refundOrder(h, orderId, null);
  await eventually(async () => (await home()).loyalty!.points.balance === 0, 'the refund reverses the points', 30_000);
  expect((await home()).loyalty).toMatchObject({ tier: { code: 'SILVER' }, tierProgress: { growth: 0 }, points: { balance: 0 } });
});

test('a customer reads only their own loyalty; staff read anyone\'s; the subgraph refuses _entities without access', async () => {
  const a = await newCustomer(h);
  const b = await newCustomer(h);
  const tokenA = await h.stack.token('customer', a);
  expect(errorCodes(await h.gql(LOYALTY, { id: b }, tokenA))).toEqual(['NOT_FOUND']);
  expect(dataOf(await h.gql(LOYALTY, { id: b }, h.agent)).customer.loyalty.customerId).toBe(b);
  expect(errorCodes(await h.gql(LOYALTY, { id: b }))).toEqual(['UNAUTHENTICATED']);

  // straight at the loyalty subgraph, as the gateway would call it
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id loyalty { points { balance } } } } }`;
  const call = (actor: Parameters<typeof encodeActor>[0] | null) =>
    graphql(h.stack.subgraphs.loyalty.url, ENTITIES, { r: [{ __typename: 'Customer', id: b }] }, {
      headers: { [SECRET_HEADER]: 'dev-gateway-secret-change-me', ...(actor ? { [ACTOR_HEADER]: encodeActor(actor) } : {}) },
    });
  expect(errorCodes(await call({ id: a, role: 'customer', scopes: [] }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await call(null))).toEqual(['UNAUTHENTICATED']);
  expect(dataOf(await call({ id: b, role: 'customer', scopes: [] }))._entities).toEqual([{ id: b, loyalty: { points: { balance: 0 } } }]);
  const noSecret = await graphql(h.stack.subgraphs.loyalty.url, ENTITIES, { r: [{ __typename: 'Customer', id: b }] });
  expect(noSecret.status).toBe(401);
});

test("a customer's balance and points lapsing soon come in one statement", async () => {
  const id = await newCustomer(h);
  await recordOrder(h, id, '300.00');
  const token = await h.stack.token('customer', id);
  const POINTS = `{ me { loyalty { points { balance expiringSoon } } } }`;
  await eventually(async () => dataOf(await h.gql(POINTS, {}, token)).me.loyalty.points.balance === 300, 'the order’s points', 30_000);
  const { statements } = h.stack.subgraphs.loyalty;
  const before = statements.count;
  expect(dataOf(await h.gql(POINTS, {}, token)).me.loyalty.points).toEqual({ balance: 300, expiringSoon: 0 });
  const sent = statements.recent.slice(-(statements.count - before));
  expect(sent.filter((s) => /points_entries|points_lots/.test(s))).toHaveLength(1); // both figures, one round trip
});
