import { dataOf, errorCodes, graphql, type GraphQLResponse } from '@member-graph/common/testing';
import type { Stack } from '../../../scripts/stack';

export const CLAIM = `mutation($i: ClaimCouponInput!) { claimCoupon(input: $i) { replayed coupon { id customerId } } }`;

/** Creates a claimable coupon template of `stock` (one per customer) as a marketer; returns its id. */
export async function couponTemplate(stack: Stack, stock: number): Promise<string> {
  const marketer = await stack.token('marketer', 'mk-1');
  const created = dataOf(
    await graphql(
      stack.gateway.url,
      `mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id } }`,
      { i: { name: `抢券 ${stock}`, kind: 'THRESHOLD', threshold: '200.00', amountOff: '30.00', validDays: 7, stock, perCustomerLimit: 1 } },
      { token: marketer },
    ),
  ) as { createCouponTemplate: { id: string } };
  return created.createCouponTemplate.id;
}

/** How many answers had each outcome: OK or the first error's code. */
export function outcomes(responses: GraphQLResponse<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = r.errors ? String(errorCodes(r)[0]) : 'OK';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
