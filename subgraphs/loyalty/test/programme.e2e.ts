/**
 * Issue 15, loyalty configuration as data: admins edit tiers (with their benefits), earning rules and
 * badges through the gateway; every change is a version with actor, time and reason; invalid
 * programmes and non-admins are refused with nothing changed; a change takes effect without a restart
 * on this replica and on a second loyalty replica (its own process stack over the same database); the
 * birthday job grants the tier's gift pack of the version in force.
 */
import { dataOf, graphql } from '@member-graph/common/testing';
import { ManualClock } from '@member-graph/common/time';
import { eventually, startStack, type Stack } from '../../../scripts/stack';
import { loyaltyOf, newCustomer, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;
let replica: Stack;

beforeAll(async () => {
  h = await startHarness('loyaltyprogramme', { clock });
  // a second loyalty replica (with its own gateway) over the same database, as another pod runs it
  replica = await startStack({ databaseUrl: h.url, ports: 'random', migrate: false, subgraphs: ['loyalty'], background: false, clock });
});
afterAll(async () => {
  await replica?.stop();
  await h?.stop();
});

const TIER = `code nameZh nameEn threshold benefits { pointsMultiplier birthdayGiftPoints birthdayMultiplier freeReturnShipping servicePriority birthdayCouponTemplateId }`;
const PROGRAMME = `version actorId actorRole reason createdAt programme { tiers { ${TIER} } badges { code nameZh nameEn metric threshold } earning { pointsPerYuan growthPerYuan } }`;
const CURRENT = `{ loyaltyProgramme { ${PROGRAMME} } }`;
const VERSIONS = `query($first: Int, $before: Int) { loyaltyProgrammeVersions(first: $first, beforeVersion: $before) { version actorId actorRole reason } }`;
const UPDATE = `mutation($i: UpdateLoyaltyProgrammeInput!) { updateLoyaltyProgramme(input: $i) { ${PROGRAMME} } }`;
const TIERS = `{ loyaltyTiers { ${TIER} } }`;
const COUPON_TEMPLATE = '7d3f8c1e-2b4a-4c5d-9e6f-0a1b2c3d4e5f';

type Programme = { tiers: any[]; badges: any[]; earning: { pointsPerYuan: number; growthPerYuan: number } };
const current = async () => (await h.ok(CURRENT, {}, h.admin)).loyaltyProgramme as { version: number; programme: Programme };
/** The programme in force with `change` applied to a copy, as an update input. */
const edited = async (change: (p: Programme) => void, reason = 'test change') => {
  const { version, programme } = await current();
  const copy = JSON.parse(JSON.stringify(programme)) as Programme;
  change(copy);
  return { ...copy, reason, expectedVersion: version };
};
const tierOf = (p: Programme, code: string) => p.tiers.find((t) => t.code === code);
const replicaTiers = async () => dataOf(await graphql(replica.gateway.url, TIERS, {}, { token: await replica.token('customer', '00000000-0000-4000-8000-000000000001') })).loyaltyTiers;

test('version 1 is seeded from the environment settings: the default tier table, badges and rates', async () => {
  const v = await current();
  expect(v).toMatchObject({ version: 1, actorId: 'loyalty-settings', actorRole: 'system', programme: { earning: { pointsPerYuan: 1, growthPerYuan: 1 } } });
  expect(v.programme.tiers.map((t) => [t.code, t.threshold, t.benefits.freeReturnShipping])).toEqual([['MEMBER', 0, 0], ['SILVER', 1000, 1], ['GOLD', 5000, 3], ['DIAMOND', 20000, 6]]);
  expect(v.programme.badges.map((b) => b.code)).toContain('FIRST_ORDER');
});

test('only admins read or change the programme', async () => {
  const input = await edited(() => undefined);
  const customer = await h.stack.token('customer', '00000000-0000-4000-8000-000000000002');
  for (const token of [h.agent, h.system, customer, h.tokens.marketer]) {
    expect(await h.codes(UPDATE, { i: input }, token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(CURRENT, {}, token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(VERSIONS, {}, token)).toEqual(['FORBIDDEN']);
  }
  expect(await h.codes(UPDATE, { i: input }, undefined as never)).toEqual(['UNAUTHENTICATED']);
  expect((await current()).version).toBe(1);
});

test('an invalid programme is refused with BAD_USER_INPUT naming the field, and nothing changes', async () => {
  const refuse = async (change: (p: Programme) => void, field: string) => {
    const res = await h.gql(UPDATE, { i: await edited(change) }, h.admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
  };
  await refuse((p) => void (tierOf(p, 'GOLD').threshold = 900), 'tiers.2.threshold'); // below SILVER's 1000
  await refuse((p) => void (p.tiers[0].threshold = 10), 'tiers.0.threshold');
  await refuse((p) => void (tierOf(p, 'SILVER').benefits.pointsMultiplier = 50), 'tiers.1.benefits.pointsMultiplier');
  await refuse((p) => void (tierOf(p, 'GOLD').code = 'SILVER'), 'tiers');
  await refuse((p) => void p.tiers.pop(), 'tiers'); // DIAMOND is in force: members may hold it
  await refuse((p) => void p.badges.push({ ...p.badges[0] }), 'badges');
  await refuse((p) => void (p.earning.pointsPerYuan = -1), 'earning.pointsPerYuan');
  const stale = { ...(await edited(() => undefined)), expectedVersion: 7 };
  expect(await h.codes(UPDATE, { i: stale }, h.admin)).toEqual(['PROGRAMME_VERSION_CONFLICT']);
  expect(await h.codes(UPDATE, { i: { ...stale, expectedVersion: null, reason: '' } }, h.admin)).toEqual(['BAD_USER_INPUT']);
  expect((await current()).version).toBe(1);
  expect(dataOf(await h.gql(VERSIONS, {}, h.admin)).loyaltyProgrammeVersions).toHaveLength(1);
});

test('an admin change takes effect at once, on the other replica too, with no restart: thresholds, multipliers and rates', async () => {
  const id = await newCustomer(h);
  const input = await edited((p) => {
    Object.assign(tierOf(p, 'SILVER'), { threshold: 500 });
    Object.assign(tierOf(p, 'SILVER').benefits, { pointsMultiplier: 3, birthdayGiftPoints: 222, freeReturnShipping: 2, birthdayCouponTemplateId: COUPON_TEMPLATE });
    p.earning.pointsPerYuan = 2;
  }, 'spring campaign: easier silver');
  const saved = (await h.ok(UPDATE, { i: input }, h.admin)).updateLoyaltyProgramme;
  expect(saved).toMatchObject({ version: 2, actorId: 'admin-1', actorRole: 'admin', reason: 'spring campaign: easier silver' });

  // the other replica re-reads on the doorbell: its own gateway lists the new table
  await eventually(async () => (await replicaTiers())[1].threshold === 500, 'replica B serves the new SILVER threshold');
  expect((await replicaTiers())[1].benefits).toMatchObject({ pointsMultiplier: 3, birthdayGiftPoints: 222, freeReturnShipping: 2, birthdayCouponTemplateId: COUPON_TEMPLATE });

  // orders earn by the new rules: 600 yuan at MEMBER ×1 and 2 points a yuan, growth 600 ≥ 500 → SILVER
  await recordOrder(h, id, '600.00', { paidAt: clock.now() });
  await h.stack.settle();
  let l = await loyaltyOf(h, id);
  expect(l).toMatchObject({ tier: { code: 'SILVER' }, points: { balance: 1200 } });
  // then 100 yuan × 2 × 3 (SILVER's new multiplier); events processed by replica B's consumer earn the same
  await recordOrder(h, id, '100.00', { paidAt: clock.now() });
  await h.stack.subgraphs.customer.settle(); // the order reaches the bus; replica B's consumer earns it
  await replica.settle();
  expect(await replica.subgraphs.loyalty.dataSource.query(`select count(*)::int as n from loyalty.order_earnings where customer_id = $1`, [id])).toEqual([{ n: 2 }]);
  l = await loyaltyOf(h, id);
  expect(l.points.balance).toBe(1800);

  // the member app reads the benefits of its tier
  const me = await h.stack.token('customer', id);
  const home = await h.ok(`{ me { loyalty { tier { code nameEn benefits { freeReturnShipping birthdayGiftPoints birthdayCouponTemplateId pointsMultiplier } } } } }`, {}, me);
  expect(home.me.loyalty.tier).toEqual({
    code: 'SILVER',
    nameEn: 'Silver',
    benefits: { freeReturnShipping: 2, birthdayGiftPoints: 222, birthdayCouponTemplateId: COUPON_TEMPLATE, pointsMultiplier: 3 },
  });
});

test('the history lists every version newest first with actor and reason, paged with beforeVersion', async () => {
  const input = await edited((p) => void p.tiers.push({ ...p.tiers[3], code: 'PLATINUM', nameZh: '铂金会员', nameEn: 'Platinum', threshold: 50_000 }), 'a new top tier');
  expect((await h.ok(UPDATE, { i: input }, h.admin)).updateLoyaltyProgramme.version).toBe(3);
  const all = (await h.ok(VERSIONS, {}, h.admin)).loyaltyProgrammeVersions;
  expect(all).toEqual([
    { version: 3, actorId: 'admin-1', actorRole: 'admin', reason: 'a new top tier' },
    { version: 2, actorId: 'admin-1', actorRole: 'admin', reason: 'spring campaign: easier silver' },
    { version: 1, actorId: 'loyalty-settings', actorRole: 'system', reason: 'seeded from the environment settings' },
  ]);
  expect((await h.ok(VERSIONS, { first: 1, before: 3 }, h.admin)).loyaltyProgrammeVersions.map((v: any) => v.version)).toEqual([2]);
  expect(await h.codes(VERSIONS, { first: 500 }, h.admin)).toEqual(['BAD_USER_INPUT']);
  await eventually(async () => (await replicaTiers()).length === 5, 'replica B has the new tier');
  // every version is announced for the other domains, with each tier's benefits
  const events = await h.stack.subgraphs.loyalty.dataSource.query(`select payload from loyalty.outbox where type = 'loyalty.programme_changed' order by id`);
  expect(events.map((e: any) => e.payload.version)).toEqual([1, 2, 3]);
  expect(events[1].payload.tiers[1]).toEqual({ code: 'SILVER', threshold: 500, freeReturnShipping: 2, servicePriority: 1 });
});

test("the birthday job grants the gift pack of the member's tier in the version in force: points and the coupon template", async () => {
  clock.set('2026-01-15T02:00:00.000Z');
  const id = await newCustomer(h, { birthday: '1991-03-12' });
  await recordOrder(h, id, '600.00', { paidAt: clock.now() }); // SILVER under version 2's threshold
  await h.stack.settle();
  const member = await newCustomer(h, { birthday: '1991-03-20' }); // stays MEMBER
  clock.set('2026-03-01T02:00:00.000Z');
  const job = replica.subgraphs.loyalty.jobs.find((j) => j.name === 'loyalty.birthday-grants')!;
  await job.run(); // on replica B
  const gifts = async (cid: string) =>
    h.stack.subgraphs.loyalty.dataSource.query(`select amount from loyalty.points_entries where customer_id = $1 and reason_code = 'BIRTHDAY_GIFT'`, [cid]);
  expect(await gifts(id)).toEqual([{ amount: 222 }]);
  expect(await gifts(member)).toEqual([{ amount: 50 }]);
  const granted = await h.stack.subgraphs.loyalty.dataSource.query(
    `select payload from loyalty.outbox where type = 'loyalty.birthday_gift_granted' and aggregate_id = any($1::text[]) order by id`,
    [[id, member]],
  );
  expect(granted.map((g: any) => g.payload)).toEqual([
    expect.objectContaining({ customerId: expect.any(String), year: 2026 }),
    expect.objectContaining({ customerId: expect.any(String), year: 2026 }),
  ]);
  const byCustomer = Object.fromEntries(granted.map((g: any) => [g.payload.customerId, g.payload]));
  expect(byCustomer[id]).toEqual({ customerId: id, year: 2026, tier: 'SILVER', points: 222, couponTemplateId: COUPON_TEMPLATE });
  expect(byCustomer[member]).toEqual({ customerId: member, year: 2026, tier: 'MEMBER', points: 50, couponTemplateId: null });
});
