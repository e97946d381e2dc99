import { randomUUID } from 'node:crypto';
import { Agent, fetch } from 'undici';
import type { GraphQLResponse } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';
import { CLAIM, couponTemplate, outcomes } from './support/coupons';

/** A burst with the default pool and timeouts: the losers hear COUPON_EXHAUSTED, nobody an internal error. */
const env = useTestStack('relload');
// the clients, the gateway and the subgraphs share this one test process: the clients' side opens at
// most 200 connections (the rest of the 1,000 requests queue there), as many phones behind a few proxies would
const clients = new Agent({ connections: 200 });
afterAll(() => clients.close());

const claim = async (token: string, templateId: string): Promise<GraphQLResponse<unknown>> => {
  const res = await fetch(env.stack.gateway.url, {
    method: 'POST',
    dispatcher: clients,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CLAIM, variables: { i: { templateId, idempotencyKey: 'grab' } } }),
  });
  return { status: res.status, ...((await res.json()) as object) };
};

test('1,000 customers claiming a stock of 100 at once: exactly 100 coupons and 900 COUPON_EXHAUSTED, no other outcome', async () => {
  const { stack } = env;
  const id = await couponTemplate(stack, 100);
  const tokens = await Promise.all(Array.from({ length: 1000 }, () => stack.token('customer', randomUUID())));
  const answers = await Promise.all(tokens.map((token) => claim(token, id)));
  expect(outcomes(answers)).toEqual({ OK: 100, COUPON_EXHAUSTED: 900 });
  const [row] = await stack.subgraphs.marketing.dataSource.query(`select issued, (select count(*)::int from marketing.coupons where template_id = $1) as coupons from marketing.coupon_templates where id = $1`, [id]);
  expect(row).toEqual({ issued: 100, coupons: 100 });
}, 120_000);
