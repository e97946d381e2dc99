import { randomUUID } from 'node:crypto';
import { ManualClock } from '@member-graph/common/time';
import { errorCodes, type GraphQLResponse } from '@member-graph/common/testing';
import { CREATE_TEMPLATE, useMarketingStack } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const h = useMarketingStack('mkcouponrace', clock, ['customer', 'marketing']);

const CLAIM = `mutation($i: ClaimCouponInput!) { claimCoupon(input: $i) { replayed coupon { id code customerId } } }`;

const template = async (stock: number, perCustomerLimit = 1) =>
  (await h.ok(CREATE_TEMPLATE, { i: { name: `抢券 ${stock}`, kind: 'THRESHOLD', threshold: '200.00', amountOff: '30.00', validDays: 7, stock, perCustomerLimit } }, h.tokens.marketer))
    .createCouponTemplate.id as string;

const outcome = (responses: GraphQLResponse<any>[]) => {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = r.errors ? String(errorCodes(r)[0]) : 'OK';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

// 1,000 concurrent claims by different customers on a stock of 100 (exactly 100 coupons, distinct
// winners, stock/holdings/template view agreeing) are claimed once in the suite, all at once through the
// gateway: gateway/test/reliability-load.e2e.test.ts.

test('50 concurrent claims by one customer on a limit of 1 give exactly 1 coupon', async () => {
  const id = await template(1000, 1);
  const customer = randomUUID();
  const token = await h.token('customer', customer);
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => h.gql(CLAIM, { i: { templateId: id, idempotencyKey: `tap-${i}` } }, token)));
  expect(outcome(answers)).toEqual({ OK: 1, COUPON_LIMIT_REACHED: 49 });
  expect(await h.sql(`select count(*)::int as n from marketing.coupons where template_id = $1 and customer_id = $2`, [id, customer])).toEqual([{ n: 1 }]);
  expect(await h.sql(`select issued from marketing.coupon_templates where id = $1`, [id])).toEqual([{ issued: 1 }]);
});

test('a limit of 3 holds under 30 concurrent claims, and the same key raced returns one coupon', async () => {
  const id = await template(1000, 3);
  const token = await h.token('customer', randomUUID());
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => h.gql(CLAIM, { i: { templateId: id, idempotencyKey: `k-${i}` } }, token)));
  expect(outcome(answers)).toEqual({ OK: 3, COUPON_LIMIT_REACHED: 27 });

  const other = await h.token('customer', randomUUID());
  const same = await Promise.all(Array.from({ length: 20 }, () => h.gql(CLAIM, { i: { templateId: id, idempotencyKey: 'retry-me' } }, other)));
  expect(outcome(same)).toEqual({ OK: 20 });
  expect(new Set(same.map((a) => a.data.claimCoupon.coupon.id)).size).toBe(1);
  expect(same.filter((a) => a.data.claimCoupon.replayed === false)).toHaveLength(1);
});
