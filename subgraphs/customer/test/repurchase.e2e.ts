import { ManualClock } from '@member-graph/common/time';
import { newCustomer, recordOrder, refundOrder } from '../../../scripts/stack/fixtures';
import { useTestStack } from '../../../scripts/stack';

const clock = new ManualClock('2026-03-20T02:00:00.000Z');
const env = useTestStack('customerrepurchase', { subgraphs: ['customer'], clock });

const at = (iso: string) => new Date(iso);
const BABY = '母婴';
const BEAUTY = '美妆';

beforeAll(async () => {
  const [a, b, c, d] = [await newCustomer(env), await newCustomer(env), await newCustomer(env), await newCustomer(env)];
  await recordOrder(env, a, { paidAt: at('2026-01-05T04:00:00Z'), channel: 'APP', lines: [{ sku: 'A-1', amount: '80.00', category: BABY }] });
  await recordOrder(env, a, { paidAt: at('2026-02-10T04:00:00Z'), channel: 'APP', lines: [{ sku: 'A-1', amount: '80.00', category: BABY }] });
  await recordOrder(env, a, { paidAt: at('2026-03-03T04:00:00Z'), channel: 'STORE', storeId: 'S-1', lines: [{ sku: 'B-1', amount: '120.00', category: BEAUTY }] });
  await recordOrder(env, b, { paidAt: at('2026-01-20T04:00:00Z'), channel: 'APP', lines: [{ sku: 'B-1', amount: '120.00', category: BEAUTY }] });
  await recordOrder(env, b, { paidAt: at('2026-01-25T04:00:00Z'), channel: 'APP', lines: [{ sku: 'B-2', amount: '60.00', category: BEAUTY }] });
  await recordOrder(env, c, { paidAt: at('2026-02-15T04:00:00Z'), channel: 'WEB', lines: [{ sku: 'A-2', amount: '30.00', category: BABY }] });
  // 17:00 UTC on 28 February is 01:00 on 1 March in Shanghai: a March purchase
  await recordOrder(env, c, { paidAt: at('2026-02-28T17:00:00Z'), channel: 'WEB', lines: [{ sku: 'A-2', amount: '30.00', category: BABY }] });
  // d's January order is refunded in full: d's first purchase is in March
  const refunded = await recordOrder(env, d, { paidAt: at('2026-01-10T04:00:00Z'), channel: 'APP', lines: [{ sku: 'A-1', amount: '80.00', category: BABY }] });
  await refundOrder(env, { orderId: refunded }, null);
  await recordOrder(env, d, { paidAt: at('2026-03-05T04:00:00Z'), channel: 'WEB', lines: [{ sku: 'A-1', amount: '80.00', category: BABY }] });
}, 60_000);

const RATE = `query($from: LocalDate!, $to: LocalDate!, $channel: Channel, $category: String) {
  repurchaseRate(from: $from, to: $to, channel: $channel, category: $category) { month buyers repeatBuyers ratePercent } }`;
const COHORTS = `query($from: LocalDate!, $to: LocalDate!, $channel: Channel, $category: String) {
  cohortRetention(from: $from, to: $to, channel: $channel, category: $category) { month customers active retainedPercent } }`;

/** Runs an operation as a marketer; returns its data and the customer subgraph's statements for it. */
async function measured(query: string, variables: Record<string, unknown>) {
  const counter = env.stack.subgraphs.customer.statements;
  const before = counter.count;
  const data = await env.ok(query, variables, env.tokens.marketer);
  return { data, statements: counter.count - before };
}
const series = (rows: { month: string; buyers: number; repeatBuyers: number; ratePercent: number | null }[]) =>
  rows.map((r) => [r.month, r.buyers, r.repeatBuyers, r.ratePercent]);

test('the repurchase rate per Shanghai month counts buyers who had bought before, in one statement', async () => {
  const { data, statements } = await measured(RATE, { from: '2026-01-01', to: '2026-03-31' });
  expect(series(data.repurchaseRate)).toEqual([
    ['2026-01-01', 2, 1, 50], // a (first), b (again on the 25th); d's refunded order does not count
    ['2026-02-01', 2, 1, 50], // a again, c first
    ['2026-03-01', 3, 2, 66.7], // a and c (1 March in Shanghai) again, d first
  ]);
  expect(statements).toBe(1);
});

test('slices by channel and by category count only the slice\'s orders', async () => {
  const app = await measured(RATE, { from: '2026-01-01', to: '2026-03-31', channel: 'APP' });
  expect(series(app.data.repurchaseRate)).toEqual([
    ['2026-01-01', 2, 1, 50],
    ['2026-02-01', 1, 1, 100],
    ['2026-03-01', 0, 0, null],
  ]);
  const beauty = await measured(RATE, { from: '2026-01-01', to: '2026-03-31', category: BEAUTY });
  expect(series(beauty.data.repurchaseRate)).toEqual([
    ['2026-01-01', 1, 1, 100],
    ['2026-02-01', 0, 0, null],
    ['2026-03-01', 1, 0, 0], // a's first beauty purchase
  ]);
  expect([app.statements, beauty.statements]).toEqual([1, 1]);
});

test('cohort retention: first-purchase month × months since, up to the current month, in one statement', async () => {
  const { data, statements } = await measured(COHORTS, { from: '2025-12-01', to: '2026-03-31' });
  expect(data.cohortRetention).toEqual([
    { month: '2026-01-01', customers: 2, active: [2, 1, 1], retainedPercent: [100, 50, 50] },
    { month: '2026-02-01', customers: 1, active: [1, 1], retainedPercent: [100, 100] },
    { month: '2026-03-01', customers: 1, active: [1], retainedPercent: [100] },
  ]);
  expect(statements).toBe(1);
  const web = await measured(COHORTS, { from: '2026-01-01', to: '2026-03-31', channel: 'WEB' });
  expect(web.data.cohortRetention.map((c: { month: string; active: number[] }) => [c.month, c.active])).toEqual([
    ['2026-02-01', [1, 1]],
    ['2026-03-01', [1]],
  ]);
});

test('impossible or unbounded ranges and blank categories are BAD_USER_INPUT; customers may not read them', async () => {
  const codes = (query: string, variables: Record<string, unknown>, token = env.tokens.marketer) => env.codes(query, variables, token);
  for (const query of [RATE, COHORTS]) {
    expect(await codes(query, { from: '2026-03-01', to: '2026-02-01' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(query, { from: '2023-01-01', to: '2026-02-01' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(query, { from: '2026-01-01', to: '2026-02-01', category: '  ' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(query, { from: '2026-01-01', to: '2026-02-01' }, await env.stack.token('customer', '00000000-0000-4000-8000-000000000001'))).toEqual(['FORBIDDEN']);
  }
});
