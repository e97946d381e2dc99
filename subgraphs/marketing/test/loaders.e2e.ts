import { randomUUID } from 'node:crypto';
import { ManualClock } from '@member-graph/common/time';
import { errorCodes, subgraphGraphql } from '@member-graph/common/testing';
import { readGatewayConfig } from '../../../gateway/src/config';
import { startGateway } from '../../../gateway/src/server';
import { cond, CREATE_TEMPLATE, pageCost, saveSegment, useMarketingStack } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const h = useMarketingStack('mkloaders', clock, ['customer', 'marketing']);
const ids: string[] = [];

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    customers(first: $first) {
      nodes {
        id
        coupons { code status template { name kind } }
        segments { since segment { name memberCount } }
        recommendations(first: 3) { sku reason }
        personalisationEnabled
      }
    }
  }
`;

beforeAll(async () => {
  const template = (await h.ok(CREATE_TEMPLATE, { i: { name: '新人券', kind: 'AMOUNT_OFF', amountOff: '10.00', validDays: 10, stock: 1000, perCustomerLimit: 2 } }, h.tokens.marketer))
    .createCouponTemplate.id;
  for (let i = 0; i < 30; i++) {
    clock.advance(60_000); // distinct registration times: pages are newest first, so the five are customers 29…25, with and without data
    const id = await h.customer();
    ids.push(id);
    if (i % 2 === 0) await h.order(id, { lines: [{ sku: `K${i % 5}`, amount: '20.00' }, { sku: `K${(i + 1) % 5}`, amount: '20.00' }] });
    if (i % 3 === 0) await h.tag(id, '母婴');
    for (let k = 0; k < i % 3; k++) {
      await h.ok(`mutation($i: IssueCouponInput!) { issueCoupon(input: $i) { coupon { id } } }`, { i: { templateId: template, customerId: id, idempotencyKey: `k${k}` } }, h.tokens.marketer);
    }
  }
  await h.settle();
  await saveSegment(h, '母婴', cond('TAG', 'HAS', { value: '母婴' }));
  await saveSegment(h, 'buyers', cond('ORDER_COUNT', 'GTE', { value: '1' }));
});

test('a staff page of 30 customers with coupons, segments and recommendations costs as many marketing statements as a page of 5', async () => {
  const { statements } = h.marketing;
  const read = async (first: number) => (await h.ok(PAGE, { first }, h.tokens.agent)).customers.nodes;
  const thirty = await pageCost(statements, read, 30);
  const five = await pageCost(statements, read, 5);
  expect(thirty.page).toHaveLength(30);
  expect(five.page).toHaveLength(5);
  expect(thirty.statements).toBe(five.statements);
  expect(thirty.statements).toBeLessThanOrEqual(10); // one per loader touched, never one per customer
  expect(thirty.page.filter((c: any) => c.coupons.length > 0).length).toBe(20);
  expect(thirty.page.filter((c: any) => c.segments.some((s: any) => s.segment.name === '母婴')).length).toBe(10);
  expect(thirty.page.every((c: any) => c.recommendations.length === 3 && c.personalisationEnabled === true)).toBe(true);
});

test('_entities for Customer: batched, a customer only themself (another is NOT_FOUND), staff anyone', async () => {
  const { url } = h.marketing;
  const secret = 'dev-gateway-secret-change-me';
  const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id coupons { code } recommendations(first: 1) { sku } } } }`;
  const reps = ids.slice(0, 10).map((id) => ({ __typename: 'Customer', id }));
  const before = h.marketing.statements.count;
  const staff = await subgraphGraphql(url, Q, { r: reps }, { secret, actor: { id: 'agent-1', role: 'agent', scopes: [] } });
  expect(staff.errors).toBeUndefined();
  expect(staff.data._entities.map((e: { id: string }) => e.id)).toEqual(ids.slice(0, 10));
  expect(h.marketing.statements.count - before).toBeLessThanOrEqual(6);
  const self = await subgraphGraphql(url, Q, { r: reps.slice(0, 2) }, { secret, actor: { id: ids[0], role: 'customer', scopes: [] } });
  expect(self.data._entities[0].id).toBe(ids[0]);
  expect(self.data._entities[1]).toBeNull();
  expect(errorCodes(self)).toEqual(['NOT_FOUND']);
  const nobody = await subgraphGraphql(url, Q, { r: reps.slice(0, 1) }, { secret, actor: null });
  expect(errorCodes(nobody)).toEqual(['UNAUTHENTICATED']);
  // ids that cannot exist answer empty lists, not database errors
  const odd = await subgraphGraphql(url, Q, { r: [{ __typename: 'Customer', id: 'not-a-uuid' }, { __typename: 'Customer', id: randomUUID() }] }, { secret, actor: { id: 'm', role: 'marketer', scopes: [] } });
  expect(odd.errors).toBeUndefined();
  expect(odd.data._entities.map((e: any) => e.coupons)).toEqual([[], []]);
});

test('customer fields are nullable: with marketing down, the rest of the customer still answers', async () => {
  const down = `http://127.0.0.1:9/graphql`;
  const urls = Object.fromEntries(Object.entries(h.stack.subgraphs).map(([n, s]) => [`${n.toUpperCase()}_URL`, n === 'marketing' ? down : s.url]));
  const gw = await startGateway(readGatewayConfig({ ...urls, JWT_SECRET: 'dev-jwt-secret-change-me-0123456789' }), 0);
  try {
    const token = await h.token('customer', ids[0]);
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ me { id coupons { code } recommendations { sku } } }` }),
    }).then((r) => r.json() as Promise<any>);
    expect(res.data.me).toEqual({ id: ids[0], coupons: null, recommendations: null });
    expect(res.errors.length).toBeGreaterThan(0);
  } finally {
    await gw.stop();
  }
});
