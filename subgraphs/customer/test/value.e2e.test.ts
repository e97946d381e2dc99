import path from 'node:path';
import { runExclusive } from '@member-graph/common/jobs';
import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { ManualClock } from '@member-graph/common/time';
import { useTestStack } from '../../../scripts/stack';
import { importOrders, readOrderFile } from '../src/import/order-import';
import { CDNOW_DIR } from '../src/value/cdnow.fixture';
import { valueRefitJob } from '../src/value/value.job';

/**
 * Issue 14: the CDNOW sample imported through the code path of `npm run import`, the models refitted
 * through the gateway with the paper's calibration end, and the published values coming out of the API.
 */
const CDNOW = path.join(CDNOW_DIR, 'CDNOW_sample.txt');
const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const env = useTestStack('value', { clock, subgraphs: ['customer'] }); // value lives in the customer subgraph alone
const tokens: Record<string, string> = {};
let customer1 = ''; // CDNOW sample customer 1 (original id 00004): x = 2, t_x = 30.43, T = 38.86

const call = (query: string, variables: Record<string, unknown>, token: string) => graphql(env.stack.gateway.url, query, variables, { token });
const ok = async (query: string, variables: Record<string, unknown>, token = tokens.admin) => dataOf(await call(query, variables, token));

const MODEL = `r alpha a b p q v customers calibrationEnd logLikelihood fittedAt`;
const REFIT = `mutation($end: LocalDate) { refitValueModel(calibrationEnd: $end) { ${MODEL} } }`;
const VALUE = `query($id: ID!, $days: Int!, $rate: Float) { customer(id: $id) { value {
  pAlive churnProbability expectedPurchases(days: $days) expectedOrderValue clv(days: $days, annualDiscountRate: $rate) predictedNextPurchaseBy model { calibrationEnd r } } } }`;

beforeAll(async () => {
  for (const role of ['admin', 'marketer', 'agent', 'system'] as const) tokens[role] = await env.stack.token(role, `${role}-1`);
  const summary = await importOrders(env.url, await readOrderFile(CDNOW), { progress: false });
  expect(summary).toMatchObject({ customersCreated: 2357, ordersRecorded: 6696, ordersFailed: 0 });
  [{ customer_id: customer1 }] = await env.stack.subgraphs.customer.dataSource.query(
    `select customer_id from customer.identities where type = 'IMPORT_ID' and app_id = 'cdnow' and value = '00004'`,
  );
  tokens.customer = await env.stack.token('customer', customer1);
});

test('before any fit there is no model and no value', async () => {
  expect(await ok(`{ valueModel { r } }`, {})).toEqual({ valueModel: null });
  expect(await ok(VALUE, { id: customer1, days: 273 })).toEqual({ customer: { value: null } });
});

test('refitValueModel(1997-09-30) on the imported CDNOW sample gives the published BG/NBD and Gamma-Gamma values', async () => {
  const { refitValueModel: m } = await ok(REFIT, { end: '1997-09-30' });
  expect([m.r, m.alpha, m.a, m.b].map((n: number) => n.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
  expect([m.p, m.q, m.v].map((n: number) => n.toFixed(2))).toEqual(['6.25', '3.74', '15.44']);
  expect(m).toMatchObject({ customers: 2357, calibrationEnd: '1997-09-30', fittedAt: clock.now().toISOString() });
  expect(m.logLikelihood.toFixed(1)).toBe('-9582.4');
  expect(await ok(`{ valueModel { ${MODEL} } }`, {}, tokens.marketer)).toEqual({ valueModel: m });
});

test('the customer with x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks', async () => {
  const { customer } = await ok(VALUE, { id: customer1, days: 273, rate: 0 }, tokens.agent);
  const v = customer.value;
  expect(v.expectedPurchases.toFixed(3)).toBe('1.226');
  expect(v.pAlive + v.churnProbability).toBeCloseTo(1, 12);
  expect(v.pAlive).toBeGreaterThan(0.5);
  expect(v.model).toEqual({ calibrationEnd: '1997-09-30', r: expect.any(Number) });
  // undiscounted CLV = expected purchases × expected order value (to the cent)
  expect(Math.abs(Number(v.clv) - v.expectedPurchases * Number(v.expectedOrderValue))).toBeLessThan(0.02);
  expect(v.predictedNextPurchaseBy > '1997-09-30' && v.predictedNextPurchaseBy < '1998-07-01').toBe(true);
  const discounted = await ok(VALUE, { id: customer1, days: 273, rate: null });
  expect(Number(discounted.customer.value.clv)).toBeLessThan(Number(v.clv));
});

test('out-of-range days, rates and calibration ends are BAD_USER_INPUT; customers and marketers cannot do what is not theirs', async () => {
  for (const vars of [{ days: 0 }, { days: 3651 }, { days: 30, rate: -0.1 }, { days: 30, rate: 1.5 }]) {
    expect(errorCodes(await call(VALUE, { id: customer1, ...vars }, tokens.admin))).toContain('BAD_USER_INPUT');
  }
  expect(errorCodes(await call(REFIT, { end: '2026-03-03' }, tokens.admin))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await call(REFIT, { end: '1996-12-31' }, tokens.admin))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await call(REFIT, { end: '1997-09-30' }, tokens.marketer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await call(VALUE, { id: customer1, days: 30 }, tokens.customer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await call(`{ valueModel { r } }`, {}, tokens.customer))).toEqual(['FORBIDDEN']);
  const [{ n }] = await env.stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.value_models`);
  expect(n).toBe(1);
});

test('a page of 50 customers\' values costs the statements a page of 5 costs', async () => {
  const PAGE = `query($n: Int!) { customers(first: $n) { nodes { id value { pAlive expectedPurchases(days: 90) clv(days: 365) expectedOrderValue model { r } } } } }`;
  const statementsFor = async (n: number) => {
    const counter = env.stack.subgraphs.customer.statements;
    const before = counter.count;
    const { customers } = await ok(PAGE, { n });
    expect(customers.nodes).toHaveLength(n);
    expect(customers.nodes.every((c: { value: { pAlive: number } | null }) => c.value && c.value.pAlive > 0)).toBe(true);
    return counter.count - before;
  };
  const five = await statementsFor(5);
  expect(await statementsFor(50)).toBe(five);
});

test('a refit stores each customer\'s churn band and CLV decile and announces customer.value_changed only when one moves', async () => {
  const ds = env.stack.subgraphs.customer.dataSource;
  const events = () => ds.query(`select aggregate_id, payload from customer.outbox where type = 'customer.value_changed' order by id`);
  const first = await events();
  expect(first).toHaveLength(2357); // everyone scored for the first time by the 1997-09-30 fit
  const mine = first.find((e: { aggregate_id: string }) => e.aggregate_id === customer1).payload;
  expect(mine).toMatchObject({ customerId: customer1, previousChurnBand: null, previousClvDecile: null });
  expect(mine.churnBand).toBe(Math.floor(mine.churnProbability * 10));
  const [{ low, high }] = await ds.query(`select min(clv_decile)::int as low, max(clv_decile)::int as high from customer.customer_values`);
  expect([low, high]).toEqual([1, 10]);

  await ok(REFIT, { end: '1997-09-30' }); // same history, same scores: nothing moved
  expect(await events()).toHaveLength(2357);

  await ok(REFIT, { end: '1997-12-31' }); // three more months of history: some customers move
  const moved = (await events()).slice(2357).map((e: { payload: any }) => e.payload);
  expect(moved.length).toBeGreaterThan(0);
  expect(moved.length).toBeLessThan(2357);
  for (const p of moved) expect(p.churnBand !== p.previousChurnBand || p.clvDecile !== p.previousClvDecile).toBe(true);
});

test('the scheduled refit runs under the job lock once per Shanghai day, calibrated to that day', async () => {
  const ds = env.stack.subgraphs.customer.dataSource;
  const job = valueRefitJob(env.stack.subgraphs.customer.services.value);
  expect(await runExclusive(ds, job)).toBe(true);
  expect(await runExclusive(ds, job)).toBe(true);
  const rows = await ds.query(`select calibration_end::text as end, trigger from customer.value_models where trigger = 'schedule'`);
  expect(rows).toEqual([{ end: '2026-03-02', trigger: 'schedule' }]);
  const { valueModel } = await ok(`{ valueModel { calibrationEnd customers } }`, {});
  expect(valueModel).toEqual({ calibrationEnd: '2026-03-02', customers: 2357 });
  clock.advance(86_400_000);
  expect(await runExclusive(ds, job)).toBe(true);
  expect(await ds.query(`select count(*)::int as n from customer.value_models where trigger = 'schedule'`)).toEqual([{ n: 2 }]);
});
