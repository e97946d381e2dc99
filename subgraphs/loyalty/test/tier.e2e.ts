import { runExclusive } from '@member-graph/common/jobs';
import { ManualClock } from '@member-graph/common/time';
import { dataOf } from '@member-graph/common/testing';
import { loyaltyOf, newCustomer, recordOrder, refundOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltytier', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const review = () => {
  const job = h.stack.subgraphs.loyalty.jobs.find((j) => j.name === 'loyalty.tier-review')!;
  return runExclusive(h.stack.subgraphs.loyalty.dataSource, job);
};
const HISTORY = `query($id: ID!) { customer(id: $id) { loyalty { tierHistory { from to reason growth validUntil } } } }`;
const history = async (id: string) => dataOf(await h.gql(HISTORY, { id }, h.admin)).customer.loyalty.tierHistory;

test('tiers go up as soon as the threshold is met and down only after period end plus grace', async () => {
  const gold = await newCustomer(h);
  const silver = await newCustomer(h);
  await recordOrder(h, gold, '5000.00', { paidAt: clock.now() });
  await recordOrder(h, silver, '1000.00', { paidAt: clock.now() });
  await h.stack.settle();

  const g = await loyaltyOf(h, gold);
  expect(g.tier).toEqual({ code: 'GOLD', nameZh: '黄金会员', nameEn: 'Gold' });
  expect(g.tierProgress).toEqual({
    current: { code: 'GOLD' },
    next: { code: 'DIAMOND' },
    growth: 5000,
    growthToNext: 15000,
    growthToKeep: 0,
    validUntil: '2027-01-31T16:00:00.000Z', // end of January 2027 in Shanghai
    reviewAt: '2027-03-02T16:00:00.000Z', // after 30 days of grace
  });
  const changed = await h.stack.subgraphs.loyalty.dataSource.query(`select payload from bus.events where type = 'loyalty.tier_changed' and aggregate_id = $1`, [gold]);
  expect(changed).toEqual([{ payload: expect.objectContaining({ customerId: gold, from: 'MEMBER', to: 'GOLD', reason: 'UPGRADE', growth: 5000 }) }]);

  // a refund takes the growth away but never the tier before the review
  clock.set('2026-01-20T02:00:00.000Z');
  await refundOrder(h, (await orderOf(gold))!, '4500.00');
  await h.stack.settle();
  expect((await loyaltyOf(h, gold)).tier.code).toBe('GOLD');
  expect((await loyaltyOf(h, gold)).tierProgress).toMatchObject({ growth: 500, growthToKeep: 4500 });

  // the silver member keeps buying and will still qualify at the review
  clock.set('2026-12-15T02:00:00.000Z');
  await recordOrder(h, silver, '1000.00', { paidAt: clock.now() });
  await h.stack.settle();

  // after the period, within the grace: nothing changes
  clock.set('2027-02-15T02:00:00.000Z');
  await review();
  expect((await loyaltyOf(h, gold)).tier.code).toBe('GOLD');

  // after the grace: the gold member drops to what the window growth earns, silver is renewed
  clock.set('2027-03-03T00:00:00.000Z');
  expect(await review()).toBe(true);
  expect((await loyaltyOf(h, gold)).tier.code).toBe('MEMBER');
  const s = await loyaltyOf(h, silver);
  expect(s.tier.code).toBe('SILVER');
  expect(s.tierProgress.validUntil).toBe('2028-03-31T16:00:00.000Z');
  expect(await history(gold)).toEqual([
    { from: 'MEMBER', to: 'GOLD', reason: 'UPGRADE', growth: 5000, validUntil: '2027-01-31T16:00:00.000Z' },
    { from: 'GOLD', to: 'MEMBER', reason: 'DOWNGRADE', growth: 0, validUntil: null },
  ]);
  expect((await history(silver)).map((c: { reason: string }) => c.reason)).toEqual(['UPGRADE', 'RENEW']);

  // the review is idempotent
  await review();
  await review();
  expect(await history(gold)).toHaveLength(2);
  expect(await history(silver)).toHaveLength(2);
});

test('the tier table is public to signed-in callers', async () => {
  const tiers = dataOf(await h.gql(`{ loyaltyTiers { code nameZh threshold benefits { pointsMultiplier birthdayGiftPoints freeReturnShipping servicePriority } } }`, {}, h.agent));
  expect(tiers.loyaltyTiers.map((t: { code: string }) => t.code)).toEqual(['MEMBER', 'SILVER', 'GOLD', 'DIAMOND']);
  expect(tiers.loyaltyTiers[3]).toEqual({ code: 'DIAMOND', nameZh: '钻石会员', threshold: 20000, benefits: { pointsMultiplier: 2, birthdayGiftPoints: 800, freeReturnShipping: 6, servicePriority: 3 } });
});

async function orderOf(customerId: string): Promise<string | undefined> {
  const [row] = await h.stack.subgraphs.loyalty.dataSource.query(`select order_id from loyalty.order_earnings where customer_id = $1`, [customerId]);
  return row?.order_id;
}
