import { inTransaction } from '@member-graph/common/db';
import { PostgresBus } from '@member-graph/common/events';
import { ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { marketingHandlers } from '../src/consumers';
import { CREATE_TEMPLATE, useMarketingStack } from './support';

const clock = new ManualClock('2026-02-10T02:00:00.000Z');
const h = useMarketingStack('mkrewardcoupons', clock);

const CREATE_REWARD = `mutation($i: CreateRewardInput!) { createReward(input: $i) { id } }`;
const EXCHANGE = `mutation($i: ExchangeRewardInput!) { exchangeReward(input: $i) { balance exchange { id } } }`;
const COUPONS = `query($id: ID!) { customer(id: $id) { coupons { source code status } } }`;

/** A registered customer with points (an admin adjustment) and their token. */
async function member(points: number) {
  const id = await h.customer();
  await h.settle();
  await h.ok(`mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }`, { i: { customerId: id, points, reason: 'reward coupon test' } }, h.tokens.admin);
  return { id, token: await h.token('customer', id) };
}
const template = async (stock: number) =>
  (await h.ok(CREATE_TEMPLATE, { i: { name: '满100减20', kind: 'THRESHOLD', threshold: '100.00', amountOff: '20.00', stock, validDays: 30, perCustomerLimit: 5 } }, h.tokens.marketer)).createCouponTemplate.id as string;
const reward = async (input: Record<string, unknown>) => (await h.ok(CREATE_REWARD, { i: { pointsPrice: 100, ...input } }, h.tokens.admin)).createReward.id as string;
const exchange = async (token: string, rewardId: string, key: string) => (await h.ok(EXCHANGE, { i: { rewardId, idempotencyKey: key } }, token)).exchangeReward;
const couponsOf = async (id: string) => (await h.ok(COUPONS, { id }, h.tokens.marketer)).customer.coupons;

test('exchanging a coupon-template reward issues its coupon in marketing, once per exchange; other kinds issue nothing', async () => {
  const templateId = await template(10);
  const couponReward = await reward({ name: '20 yuan off', kind: 'COUPON_TEMPLATE', couponTemplateId: templateId });
  const giftReward = await reward({ name: 'Tote', kind: 'GIFT' });
  const m = await member(1000);
  const first = await exchange(m.token, couponReward, 'c-1');
  await exchange(m.token, couponReward, 'c-1'); // the replayed key issues nothing more
  await exchange(m.token, giftReward, 'g-1');
  await h.settle();
  const coupons = await couponsOf(m.id);
  expect(coupons).toEqual([expect.objectContaining({ source: 'REWARD', status: 'AVAILABLE' })]);
  expect(await h.sql(`select issue_key, template_id from marketing.coupons where customer_id = $1`, [m.id])).toEqual([{ issue_key: `reward:${first.exchange.id}`, template_id: templateId }]);
  expect(await h.sql(`select issued from marketing.coupon_templates where id = $1`, [templateId])).toEqual([{ issued: 1 }]);

  // the same event delivered again (past the consumer's processed-event guard) issues nothing more
  const events = await new PostgresBus().read(h.marketing.dataSource.manager, 0, ['loyalty.reward_exchanged'], 100);
  const event = events.find((e) => (e.payload as { exchangeId?: string }).exchangeId === first.exchange.id)!;
  const handle = marketingHandlers(h.marketing.services)['loyalty.reward_exchanged']!;
  await inTransaction(h.marketing.dataSource, (tx) => handle(event as never, tx));
  await inTransaction(h.marketing.dataSource, (tx) => handle(event as never, tx));
  expect(await couponsOf(m.id)).toEqual(coupons);
  expect(await h.sql(`select issued from marketing.coupon_templates where id = $1`, [templateId])).toEqual([{ issued: 1 }]);

  // a second exchange is a second coupon
  await exchange(m.token, couponReward, 'c-2');
  await h.settle();
  expect((await couponsOf(m.id)).map((c: { source: string }) => c.source)).toEqual(['REWARD', 'REWARD']);
});

test('a coupon the template can no longer give is refused in marketing without holding the consumer; the exchange stands', async () => {
  const templateId = await template(1);
  const couponReward = await reward({ name: 'Last coupon', kind: 'COUPON_TEMPLATE', couponTemplateId: templateId });
  const a = await member(500);
  const b = await member(500);
  await exchange(a.token, couponReward, 'x');
  await h.settle();
  await exchange(b.token, couponReward, 'x');
  await h.settle();
  expect((await couponsOf(a.id)).map((c: { source: string }) => c.source)).toEqual(['REWARD']);
  expect(await couponsOf(b.id)).toEqual([]);
  expect(await h.stack.subgraphs.loyalty.dataSource.query(`select count(*)::int as n from loyalty.reward_exchanges where customer_id = $1`, [b.id])).toEqual([{ n: 1 }]);
  expect(await h.sql(`select count(*)::int as n from marketing.dead_letters`)).toEqual([{ n: 0 }]);
  // the consumer moved on: b's later events are still projected (a tag reaches marketing)
  await h.tag(b.id, 'after-refusal');
  await h.settle();
  expect(await h.sql(`select count(*)::int as n from marketing.processed_events pe join bus.events e on e.id = pe.event_id where e.type = 'customer.tags_changed' and e.aggregate_id = $1`, [b.id])).toEqual([{ n: 1 }]);
  expect(errorCodes(await h.gql(CREATE_REWARD, { i: { name: 'x', kind: 'COUPON_TEMPLATE', pointsPrice: 1 } }, h.tokens.admin))).toEqual(['BAD_USER_INPUT']);
});
