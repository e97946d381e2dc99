import type { BenchStack } from './bench-stack';
import { bearer, gqlRetry as gql, inParallel } from './gql';

const RESOLVE = `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`;
const ORDER = `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`;
const TAGS = `mutation($id: ID!) { addTags(customerId: $id, tags: [{ name: "母婴", type: NEED, source: MANUAL }, { name: "bench", type: SCENE, source: RULE }]) { id } }`;
const TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
const RETURN = `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`;

/** What the seed made: customer ids, and per customer one order id and (where it opened) one return id. */
export interface Seeded {
  customers: string[];
  orders: string[];
  returns: (string | null)[];
}

/** An order input for `customerId` (one line of `amount`). */
export const orderInput = (customerId: string, externalNo: string, amount = '99.00') => ({
  externalNo,
  customerId,
  channel: 'APP',
  paidAt: new Date().toISOString(),
  lines: [{ sku: 'BENCH-SKU', category: '母婴', quantity: 1, amount }],
});

/** Seeds `count` customers through the API: 2 orders, 2 tags, 1 ticket and (once the order reached the service subgraph) 1 return each. */
export async function seed(stack: BenchStack, count: number, prefix: string): Promise<Seeded> {
  const system = bearer(await stack.token('system', 'bench-seed'));
  const out: Seeded = { customers: [], orders: [], returns: [] };
  await inParallel(count, 10, async (i) => {
    const input = { identity: { type: 'APP_USER_ID', value: `${prefix}-${i}` }, channel: 'APP', profile: { name: `会员${i}` } };
    const id = (await gql(stack.gateway.url, RESOLVE, { i: input }, system)).resolveCustomer.customer.id as string;
    out.customers[i] = id;
    for (let n = 0; n < 2; n++) {
      const order = await gql(stack.gateway.url, ORDER, { i: orderInput(id, `${prefix}-${i}-${n}`) }, system);
      if (n === 0) out.orders[i] = order.recordOrder.id;
    }
    await gql(stack.gateway.url, TAGS, { id }, system);
    const customer = bearer(await stack.token('customer', id));
    await gql(stack.gateway.url, TICKET, { i: { type: 'CONSULTATION', channel: 'APP', subject: 'bench', body: '请问发货时间', customerId: id } }, customer);
  });
  await inParallel(count, 10, async (i) => {
    const customer = bearer(await stack.token('customer', out.customers[i]));
    out.returns[i] = await openReturnWhenKnown(stack.gateway.url, out.orders[i], customer);
  });
  return out;
}

/** Opens a return of the order's line, retrying while the service subgraph has not yet heard of the order (events are asynchronous). */
async function openReturnWhenKnown(url: string, orderId: string, headers: Record<string, string>): Promise<string | null> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return (await gql(url, RETURN, { i: { orderId, reason: 'bench', lines: [{ sku: 'BENCH-SKU', quantity: 1 }] } }, headers)).openReturn.id;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return null;
}
