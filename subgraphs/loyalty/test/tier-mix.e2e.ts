import { ManualClock } from '@member-graph/common/time';
import { newCustomer, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltytiermix', { clock });
  // January: three members; a spends 1,000 (SILVER); e is upgraded at 01:00 on 1 February in Shanghai
  const [a, , , e] = [await newCustomer(h), await newCustomer(h), await newCustomer(h), await newCustomer(h)];
  await recordOrder(h, a, '1000.00', { paidAt: clock.now() });
  await h.stack.settle();
  clock.set('2026-01-31T17:00:00.000Z');
  await recordOrder(h, e, '1000.00', { paidAt: clock.now() });
  await h.stack.settle();
  // February: d registers, b spends 5,000 (GOLD)
  clock.set('2026-02-10T02:00:00.000Z');
  await newCustomer(h);
  const b = (await h.stack.subgraphs.loyalty.dataSource.query(`select customer_id as id from loyalty.members where tier = 'MEMBER' order by created_at limit 1`))[0].id;
  await recordOrder(h, b, '5000.00', { paidAt: clock.now() });
  await h.stack.settle();
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

const MIX = `{ tierMix { tier customers percent } }`;
const BY_MONTH = `query($from: LocalDate!, $to: LocalDate!) { tierMixByMonth(from: $from, to: $to) { month total tiers { tier customers percent } } }`;
const counts = (tiers: { tier: string; customers: number }[]) => Object.fromEntries(tiers.map((t) => [t.tier, t.customers]));

/** Runs an operation and returns its data and the loyalty statements it cost. */
async function measured(query: string, variables: Record<string, unknown>) {
  const counter = h.stack.subgraphs.loyalty.statements;
  const before = counter.count;
  const data = await h.ok(query, variables, h.tokens.marketer);
  return { data, statements: counter.count - before };
}

test('the tier mix now lists every tier, MEMBER for those without a tier event, in one statement', async () => {
  const { data, statements } = await measured(MIX, {});
  expect(data.tierMix).toEqual([
    { tier: 'MEMBER', customers: 2, percent: 40 },
    { tier: 'SILVER', customers: 2, percent: 40 },
    { tier: 'GOLD', customers: 1, percent: 20 },
    { tier: 'DIAMOND', customers: 0, percent: 0 },
  ]);
  expect(statements).toBe(1);
});

test('the mix by month holds each member\'s tier at the Shanghai month end, in one statement', async () => {
  const { data, statements } = await measured(BY_MONTH, { from: '2025-12-20', to: '2026-03-01' });
  const months = data.tierMixByMonth.map((m: { month: string; total: number; tiers: { tier: string; customers: number }[] }) => [m.month, m.total, counts(m.tiers)]);
  expect(months).toEqual([
    ['2025-12-01', 0, { MEMBER: 0, SILVER: 0, GOLD: 0, DIAMOND: 0 }],
    // e's upgrade came at 01:00 on 1 February Shanghai time (still 31 January in UTC): January shows MEMBER
    ['2026-01-01', 4, { MEMBER: 3, SILVER: 1, GOLD: 0, DIAMOND: 0 }],
    ['2026-02-01', 5, { MEMBER: 2, SILVER: 2, GOLD: 1, DIAMOND: 0 }],
    ['2026-03-01', 5, { MEMBER: 2, SILVER: 2, GOLD: 1, DIAMOND: 0 }],
  ]);
  expect(statements).toBe(1);
});

test('impossible or unbounded ranges are BAD_USER_INPUT; customers may not read the mix', async () => {
  expect(await h.codes(BY_MONTH, { from: '2026-03-01', to: '2026-02-01' }, h.tokens.marketer)).toEqual(['BAD_USER_INPUT']);
  expect(await h.codes(BY_MONTH, { from: '2020-01-01', to: '2026-02-01' }, h.tokens.marketer)).toEqual(['BAD_USER_INPUT']);
  const customer = await h.stack.token('customer', '00000000-0000-4000-8000-000000000001');
  expect(await h.codes(MIX, {}, customer)).toEqual(['FORBIDDEN']);
  expect(await h.codes(BY_MONTH, { from: '2026-01-01', to: '2026-02-01' }, customer)).toEqual(['FORBIDDEN']);
});
