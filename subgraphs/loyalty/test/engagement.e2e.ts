import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes } from '@member-graph/common/testing';
import { loyaltyOf, newCustomer, recordOrder, startHarness, type Harness } from './support';
import { CheckInDocument } from '@member-graph/client-app';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyengage', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const checkIn = async (token: string) => dataOf(await h.gql(CheckInDocument, {}, token)).checkIn;
const badgeCodes = async (id: string) => (await loyaltyOf(h, id)).badges.map((b: { code: string }) => b.code);

test('check-in: once per Asia/Shanghai day, streaks counted, bonuses at 7 and 30 days', async () => {
  clock.set('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai
  const id = await newCustomer(h);
  const token = await h.stack.token('customer', id);
  const racing = await Promise.all(Array.from({ length: 5 }, () => h.gql(CheckInDocument, {}, token)));
  expect(racing.map((r) => dataOf(r).checkIn.checkedIn).filter(Boolean)).toHaveLength(1);
  expect((await loyaltyOf(h, id, token)).checkIn).toEqual({ today: true, streak: 1 });

  clock.set('2026-01-15T15:59:00.000Z'); // 23:59 the same Shanghai day
  expect(await checkIn(token)).toEqual({ checkedIn: false, day: '2026-01-15', streak: 1, growth: 0, points: 0, bonusStreak: null });
  clock.set('2026-01-15T16:01:00.000Z'); // 00:01 on 16 January in Shanghai, still the 15th in UTC
  expect((await loyaltyOf(h, id, token)).checkIn).toEqual({ today: false, streak: 1 });
  expect(await checkIn(token)).toMatchObject({ checkedIn: true, day: '2026-01-16', streak: 2, growth: 1 });

  for (let day = 3; day <= 6; day++) {
    clock.advance(DAY_MS);
    expect((await checkIn(token)).streak).toBe(day);
  }
  clock.advance(DAY_MS);
  expect(await checkIn(token)).toEqual({ checkedIn: true, day: '2026-01-21', streak: 7, growth: 11, points: 20, bonusStreak: 7 });
  expect(await badgeCodes(id)).toEqual(['CHECK_IN_STREAK_7']);
  const l = await loyaltyOf(h, id, token);
  expect(l.growth).toBe(6 + 11);
  expect(l.points.balance).toBe(20);

  // a missed day breaks the streak
  clock.advance(2 * DAY_MS);
  expect((await loyaltyOf(h, id, token)).checkIn).toEqual({ today: false, streak: 0 });
  expect((await checkIn(token)).streak).toBe(1);
  for (let day = 2; day <= 29; day++) {
    clock.advance(DAY_MS);
    await checkIn(token);
  }
  clock.advance(DAY_MS);
  expect(await checkIn(token)).toMatchObject({ streak: 30, growth: 51, points: 100, bonusStreak: 30 });
  expect(await badgeCodes(id)).toEqual(['CHECK_IN_STREAK_7', 'CHECK_IN_STREAK_30']);
  expect(errorCodes(await h.gql(CheckInDocument, {}, h.admin))).toEqual(['FORBIDDEN']);
});

test('reviews and shares earn growth once per source, within a daily cap', async () => {
  clock.set('2026-03-01T02:00:00.000Z');
  const id = await newCustomer(h);
  const token = await h.stack.token('customer', id);
  const RECORD = `mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { recorded growth capped } }`;
  const record = async (input: Record<string, unknown>, t = h.system) => h.gql(RECORD, { input }, t);
  const results = [];
  for (const n of [1, 2, 3, 4]) results.push(dataOf(await record({ customerId: id, kind: 'REVIEW', sourceId: `review-${n}` })).recordEngagement);
  expect(results).toEqual([
    { recorded: true, growth: 5, capped: false },
    { recorded: true, growth: 5, capped: false },
    { recorded: true, growth: 5, capped: false },
    { recorded: true, growth: 0, capped: true },
  ]);
  expect(dataOf(await record({ customerId: id, kind: 'REVIEW', sourceId: 'review-1' })).recordEngagement).toEqual({ recorded: false, growth: 0, capped: false });
  expect(dataOf(await record({ kind: 'SHARE', sourceId: 'share-1' }, token)).recordEngagement).toEqual({ recorded: true, growth: 2, capped: false });
  clock.advance(DAY_MS);
  expect(dataOf(await record({ customerId: id, kind: 'REVIEW', sourceId: 'review-5' })).recordEngagement.growth).toBe(5);
  expect((await loyaltyOf(h, id)).growth).toBe(15 + 2 + 5);
  expect(await badgeCodes(id)).toEqual(['FIRST_REVIEW', 'FIRST_SHARE']);

  const other = await newCustomer(h);
  expect(errorCodes(await record({ customerId: other, kind: 'SHARE', sourceId: 's' }, token))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await record({ customerId: id, kind: 'SHARE', sourceId: 's' }, h.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await record({ customerId: id, kind: 'SHARE', sourceId: '' }))).toEqual(['BAD_USER_INPUT']);
});

test('badges are awarded once, when their rule is met: first order, 10 orders', async () => {
  clock.set('2026-04-01T02:00:00.000Z');
  const id = await newCustomer(h);
  for (let i = 0; i < 10; i++) await recordOrder(h, id, '10.00', { paidAt: clock.now() });
  await h.stack.settle();
  await recordOrder(h, id, '10.00', { paidAt: clock.now() });
  await h.stack.settle();
  const badges = (await loyaltyOf(h, id)).badges;
  expect(badges.map((b: { code: string }) => b.code)).toEqual(['FIRST_ORDER', 'TEN_ORDERS']);
  expect(badges[1]).toEqual({ code: 'TEN_ORDERS', nameZh: '十单达人', earnedAt: '2026-04-01T02:00:00.000Z' });
  const [{ n }] = await h.stack.subgraphs.loyalty.dataSource.query(
    `select count(*)::int as n from bus.events where type = 'loyalty.badge_awarded' and aggregate_id = $1`,
    [id],
  );
  expect(n).toBe(2);
});
