import { randomUUID } from 'node:crypto';
import { ManualClock } from '@member-graph/common/time';
import { errorCodes, type GraphQLResponse } from '@member-graph/common/testing';
import { CREATE_TEMPLATE, useMarketingStack } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const h = useMarketingStack('mkcouponrace', clock, ['customer', 'marketing']);

const CLAIM = `mutation($i: ClaimCouponInput!) { claimCoupon(input: $i) { replayed coupon { id code customerId } } }`;

/** Runs `tasks` with at most `limit` in flight; results in task order. */
async function bounded<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

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

test('1,000 concurrent claims by different customers on a stock of 100 give exactly 100 coupons', async () => {
  const id = await template(100);
  const customers = Array.from({ length: 1000 }, () => randomUUID());
  const tokens = await Promise.all(customers.map((c) => h.token('customer', c)));
  const answers = await bounded(
    tokens.map((token) => () => h.gql(CLAIM, { i: { templateId: id, idempotencyKey: 'grab' } }, token)),
    50,
  );
  // (how long the 1,000 claims take is measured by `npm run bench`, not asserted here)
  expect(outcome(answers)).toEqual({ OK: 100, COUPON_EXHAUSTED: 900 });
  const winners = answers.filter((a) => !a.errors).map((a) => a.data.claimCoupon.coupon.customerId);
  expect(new Set(winners).size).toBe(100);
  const [row] = await h.sql(`select stock, issued, (select count(*)::int from marketing.coupons where template_id = $1) as coupons from marketing.coupon_templates where id = $1`, [id]);
  expect(row).toEqual({ stock: 100, issued: 100, coupons: 100 });
  const [{ holdings }] = await h.sql(`select coalesce(sum(issued), 0)::int as holdings from marketing.coupon_holdings where template_id = $1`, [id]);
  expect(holdings).toBe(100);
  const tpl = await h.ok(`query($id: ID!) { couponTemplate(id: $id) { stock issued } }`, { id }, h.tokens.agent);
  expect(tpl.couponTemplate).toEqual({ stock: 100, issued: 100 });
});

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
