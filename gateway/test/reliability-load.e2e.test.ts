import { randomUUID } from 'node:crypto';
import { graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';
import { CLAIM, couponTemplate, outcomes } from './support/coupons';

/** A burst with the default pool and timeouts: the losers hear COUPON_EXHAUSTED, nobody an internal error. */
const env = useTestStack('relload');

test('1,000 customers claiming a stock of 100 at once: exactly 100 coupons and 900 COUPON_EXHAUSTED, no other outcome', async () => {
  const { stack } = env;
  const id = await couponTemplate(stack, 100);
  const tokens = await Promise.all(Array.from({ length: 1000 }, () => stack.token('customer', randomUUID())));
  const answers = await Promise.all(tokens.map((token) => graphql(stack.gateway.url, CLAIM, { i: { templateId: id, idempotencyKey: 'grab' } }, { token })));
  expect(outcomes(answers)).toEqual({ OK: 100, COUPON_EXHAUSTED: 900 });
  const [row] = await stack.subgraphs.marketing.dataSource.query(`select issued, (select count(*)::int from marketing.coupons where template_id = $1) as coupons from marketing.coupon_templates where id = $1`, [id]);
  expect(row).toEqual({ issued: 100, coupons: 100 });
}, 120_000);
