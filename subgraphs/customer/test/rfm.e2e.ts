import { runExclusive } from '@member-graph/common/jobs';
import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes, graphql } from '@member-graph/common/testing';
import { startTestStack, type Stack, type TestStack } from '../../../scripts/stack';
import { rfmRefreshJob } from '../src/rfm/rfm.job';
import { ok, profileFacts } from './support/profile-facts';

let t: TestStack;
let stack: Stack;
let facts: ReturnType<typeof profileFacts>;
const clock = new ManualClock('2026-06-30T02:00:00.000Z'); // 10:00 in Shanghai
const tokens = {} as Record<'system' | 'admin' | 'agent' | 'marketer', string>;
const ids: Record<string, string> = {};

/**
 * The hand-computed data set: [days ago, amount] per order. Nine customers have counted orders, so
 * ntile(5) puts them in buckets of 2, 2, 2, 2 and 1 by position; ties share the lowest bucket.
 * c2's 40-day order is partly refunded (net 250 in all); c10's only order is fully refunded.
 */
const ORDERS: Record<string, [number, string][]> = {
  c1: [[5, '100.00']],
  c2: [[10, '150.00'], [40, '150.00']],
  c3: [[20, '200.00'], [30, '200.00'], [40, '200.00'], [50, '200.00'], [60, '200.00']],
  c4: [[40, '50.00']],
  c5: [[60, '200.00'], [70, '200.00'], [80, '200.00']],
  c6: [[100, '80.00']],
  c7: [[150, '100.00'], [160, '100.00']],
  c8: [[200, '20.00']],
  c9: [[300, '300.00'], [310, '300.00'], [320, '300.00'], [330, '300.00'], [340, '300.00'], [350, '500.00']],
};
/**
 * recency by days desc: c9 c8 | c7 c6 | c5 c4 | c3 c2 | c1  → 1 1 2 2 3 3 4 4 5
 * frequency asc: (c1 c4 c6 c8 tied at 1 → all 1) | c2 c7 (2 orders → 3) | c5 4 | c3 4 | c9 5
 * monetary asc: c8 20, c4 50 | c6 80, c1 100 | c7 200, c2 250 | c5 600, c3 1000 | c9 2000
 */
const EXPECTED: Record<string, { rfm: [number, number, number]; stage: string }> = {
  c1: { rfm: [5, 1, 2], stage: 'NEW' },
  c2: { rfm: [4, 3, 3], stage: 'ACTIVE' },
  c3: { rfm: [4, 4, 4], stage: 'LOYAL' },
  c4: { rfm: [3, 1, 1], stage: 'ACTIVE' },
  c5: { rfm: [3, 4, 4], stage: 'ACTIVE' },
  c6: { rfm: [2, 1, 2], stage: 'AT_RISK' },
  c7: { rfm: [2, 3, 3], stage: 'AT_RISK' },
  c8: { rfm: [1, 1, 1], stage: 'CHURNED' },
  c9: { rfm: [1, 5, 5], stage: 'CHURNED' },
};

beforeAll(async () => {
  t = await startTestStack('rfm', { subgraphs: ['customer'], clock });
  stack = t.stack;
  for (const role of ['system', 'admin', 'agent', 'marketer'] as const) tokens[role] = await stack.token(role, `${role}-1`);
  facts = profileFacts(stack, tokens);
  for (const name of [...Object.keys(ORDERS), 'c10', 'c11']) ids[name] = await facts.customer(`rfm-${name}`);
});
afterAll(async () => {
  await t?.stop();
});

const daysAgo = (days: number) => new Date(clock.now().getTime() - days * DAY_MS);
const REFRESH = `mutation { refreshRfm { computedAt scoredCustomers rfmChanged lifecycleChanged } }`;
const refresh = async () => (await ok(stack, REFRESH, {}, tokens.admin)).refreshRfm;
const SCORES = `query($id: ID!) { customer(id: $id) { lifecycleStage rfm { recency frequency monetary computedAt } } }`;
const scores = async (name: string) => (await ok(stack, SCORES, { id: ids[name] }, tokens.marketer)).customer;
const lifecycleEvents = async () =>
  (await facts.outbox('customer.lifecycle_changed')).map((e) => `${Object.keys(ids).find((k) => ids[k] === e.aggregate_id)}:${e.payload.from}>${e.payload.to}`);

test('recording orders re-derives the lifecycle stage of that customer at once, one event per change', async () => {
  for (const [name, orders] of Object.entries(ORDERS)) {
    for (const [i, [days, amount]] of orders.entries()) await facts.order(ids[name], `${name}-${i}`, daysAgo(days), amount);
  }
  await facts.refund('c2-1', 'c2-1-r', '50.00');
  await stack.settle();
  for (const [name, { stage }] of Object.entries(EXPECTED)) expect([name, (await scores(name)).lifecycleStage]).toEqual([name, stage]);
  expect((await lifecycleEvents()).sort()).toEqual(Object.entries(EXPECTED).map(([name, { stage }]) => `${name}:POTENTIAL>${stage}`).sort());

  // a fully refunded only order no longer counts: NEW, then back to POTENTIAL
  await facts.order(ids.c10, 'c10-0', daysAgo(3), '500.00');
  await stack.settle();
  expect((await scores('c10')).lifecycleStage).toBe('NEW');
  await facts.refund('c10-0', 'c10-0-r');
  await stack.settle();
  expect((await scores('c10')).lifecycleStage).toBe('POTENTIAL');
  expect((await lifecycleEvents()).filter((e) => e.startsWith('c10:'))).toEqual(['c10:POTENTIAL>NEW', 'c10:NEW>POTENTIAL']);
});

test('refreshRfm scores quintiles exactly as computed by hand; customers without counted orders stay unscored', async () => {
  expect((await scores('c1')).rfm).toBeNull(); // not computed yet
  const result = await refresh();
  // the consumer already derived every stage, so the whole-base SQL agrees and changes none
  expect(result).toEqual({ computedAt: clock.now().toISOString(), scoredCustomers: 9, rfmChanged: 9, lifecycleChanged: 0 });
  for (const [name, { rfm, stage }] of Object.entries(EXPECTED)) {
    const got = await scores(name);
    expect([name, got.rfm.recency, got.rfm.frequency, got.rfm.monetary, got.lifecycleStage]).toEqual([name, ...rfm, stage]);
    expect(got.rfm.computedAt).toBe(clock.now().toISOString());
  }
  expect(await scores('c10')).toEqual({ lifecycleStage: 'POTENTIAL', rfm: null });
  expect(await scores('c11')).toEqual({ lifecycleStage: 'POTENTIAL', rfm: null });
  const events = await facts.outbox('customer.rfm_changed');
  expect(events).toHaveLength(9);
  expect(events.find((e) => e.aggregate_id === ids.c9)?.payload).toEqual({ customerId: ids.c9, recency: 1, frequency: 5, monetary: 5 });
  expect(events[0].actor).toEqual({ id: 'admin-1', role: 'admin', scopes: [] });
});

test('a second refresh changes nothing and writes no event', async () => {
  const before = await facts.query(`select count(*)::int as n from customer.outbox`);
  const rows = await facts.query(`select id, recency_score, frequency_score, monetary_score, rfm_computed_at, lifecycle_stage, updated_at from customer.customers order by id`);
  clock.advance(60_000);
  expect(await refresh()).toMatchObject({ scoredCustomers: 9, rfmChanged: 0, lifecycleChanged: 0 });
  expect(await facts.query(`select count(*)::int as n from customer.outbox`)).toEqual(before);
  expect(await facts.query(`select id, recency_score, frequency_score, monetary_score, rfm_computed_at, lifecycle_stage, updated_at from customer.customers order by id`)).toEqual(rows);
});

test('as time passes the refresh moves stages (NEW → ACTIVE, ACTIVE → AT_RISK), each announced once', async () => {
  clock.advance(30 * DAY_MS); // c1's order is 35 days old, c5's last 90, c7's last 180
  const result = await refresh();
  expect(result).toMatchObject({ rfmChanged: 0, lifecycleChanged: 2 }); // everyone aged alike: ranks hold
  const recent = (await lifecycleEvents()).slice(-2).sort();
  expect(recent).toEqual(['c1:NEW>ACTIVE', 'c5:ACTIVE>AT_RISK']);
  expect((await scores('c7')).lifecycleStage).toBe('AT_RISK'); // 180 days: still at risk
  expect((await refresh()).lifecycleChanged).toBe(0);
});

test('the daily job runs once per Shanghai day through the same refresh', async () => {
  const { services, dataSource } = stack.subgraphs.customer;
  const job = rfmRefreshJob(services.rfm);
  expect(await services.rfm.refreshIfDue()).toBeNull(); // refreshed today already (by hand)
  clock.advance(DAY_MS); // c7's last order is now 181 days old
  expect(await runExclusive(dataSource, job)).toBe(true);
  expect((await lifecycleEvents()).pop()).toBe('c7:AT_RISK>CHURNED');
  const [{ n }] = await facts.query(`select count(*)::int as n from customer.rfm_refreshes where trigger = 'schedule'`);
  expect(n).toBe(1);
  expect(await services.rfm.refreshIfDue()).toBeNull();
  const [last] = await facts.query(`select trigger, scored, rfm_changed, lifecycle_changed from customer.rfm_refreshes order by id desc limit 1`);
  expect(last).toEqual({ trigger: 'schedule', scored: 9, rfm_changed: 0, lifecycle_changed: 1 });
});

test('only admins may refresh by hand', async () => {
  const customer = await stack.token('customer', ids.c1);
  for (const token of [tokens.agent, tokens.marketer, tokens.system, customer]) {
    expect(errorCodes(await graphql(stack.gateway.url, REFRESH, {}, { token }))).toEqual(['FORBIDDEN']);
  }
  expect(errorCodes(await graphql(stack.gateway.url, REFRESH, {}))).toEqual(['UNAUTHENTICATED']);
});

test('staff read each customer\'s lifecycle moves with time and cause, newest first, batched; customers and integrations may not', async () => {
  const HISTORY = `query($first: Int) { customers(first: 20) { nodes { id lifecycleHistory(first: $first) { from to cause at } } } }`;
  const { statements } = stack.subgraphs.customer;
  const listed = async (token: string, first?: number) => {
    const before = statements.count;
    const nodes = (await ok(stack, HISTORY, { first }, token)).customers.nodes;
    return { byName: (name: string) => nodes.find((n: any) => n.id === ids[name]), sql: statements.count - before };
  };
  const page = await listed(tokens.agent);
  const [c10, c1, c7] = ['c10', 'c1', 'c7'].map(page.byName);
  expect(page.sql).toBeLessThanOrEqual(3); // the page, its count, and every customer's history in one query
  expect(c10.lifecycleHistory.map((m: any) => [m.from, m.to, m.cause])).toEqual([['NEW', 'POTENTIAL', 'ORDER_REFUNDED'], ['POTENTIAL', 'NEW', 'ORDER_RECORDED']]);
  expect(c1.lifecycleHistory.map((m: any) => [m.from, m.to, m.cause])).toEqual([['NEW', 'ACTIVE', 'MANUAL_REFRESH'], ['POTENTIAL', 'NEW', 'ORDER_RECORDED']]);
  expect(c7.lifecycleHistory[0]).toEqual({ from: 'AT_RISK', to: 'CHURNED', cause: 'DAILY_REFRESH', at: clock.now().toISOString() });
  expect((await listed(tokens.marketer, 1)).byName('c7').lifecycleHistory).toEqual([c7.lifecycleHistory[0]]);
  for (const token of [tokens.system, await stack.token('customer', ids.c1)]) {
    expect(errorCodes(await graphql(stack.gateway.url, `query($id: ID!) { customer(id: $id) { lifecycleHistory { to } } }`, { id: ids.c1 }, { token }))).toContain('FORBIDDEN');
  }
});
