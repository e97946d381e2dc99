import { dataOf, graphql } from '@member-graph/common/testing';
import { startTestStack, type Stack, type TestStack } from '../../../scripts/stack';

/**
 * DESIGN §4: the number of SQL statements of a request depends on the entity types it touches,
 * never on list sizes. A staff page of 50 customers with orders (and their lines) and tags costs
 * exactly what a page of 5 costs.
 */
let t: TestStack;
let stack: Stack;
let admin: string;

beforeAll(async () => {
  t = await startTestStack('batching', { subgraphs: ['customer'] });
  stack = t.stack;
  const system = await stack.token('system', 'feed');
  admin = await stack.token('admin', 'admin-1');
  const call = async (query: string, variables: Record<string, unknown>, token = system) => dataOf(await graphql(stack.gateway.url, query, variables, { token }));
  await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const { resolveCustomer } = await call(
        `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
        { i: { identity: { type: 'APP_USER_ID', value: `batch-${i}` }, channel: 'APP', profile: { name: `客户${i}` } } },
      );
      const customerId = resolveCustomer.customer.id;
      for (let n = 0; n < 2; n++) {
        await call(`mutation($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`, {
          o: {
            externalNo: `B-${i}-${n}`,
            customerId,
            channel: 'APP',
            paidAt: new Date(Date.UTC(2026, 0, 1 + n, 8)).toISOString(),
            lines: [
              { sku: `SKU-${n}`, category: 'toys', quantity: 1, amount: '19.90' },
              { sku: 'SKU-X', category: 'books', quantity: 2, amount: '30.00' },
            ],
          },
        });
      }
      await call(`mutation($id: ID!, $t: [TagInput!]!) { addTags(customerId: $id, tags: $t) { id } }`, {
        id: customerId,
        t: [
          { name: '母婴', type: 'NEED', source: 'MANUAL' },
          { name: `批次${i % 3}`, type: 'SCENE', source: 'RULE' },
        ],
      });
    }),
  );
});
afterAll(async () => {
  await t?.stop();
});

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    customers(first: $first) {
      totalCount
      nodes {
        id name phone
        identities { type value }
        tags { name type }
        orders(first: 5) { totalCount nodes { externalNo amount lines { sku quantity amount } } }
      }
    }
  }
`;

async function statementsFor(first: number) {
  const counter = stack.subgraphs.customer.statements;
  const before = counter.count;
  const data = dataOf(await graphql(stack.gateway.url, PAGE, { first }, { token: admin }));
  const used = counter.count - before;
  expect(data.customers.nodes).toHaveLength(first);
  for (const c of data.customers.nodes) {
    expect(c.orders.totalCount).toBe(2);
    expect(c.orders.nodes.every((o: { lines: unknown[] }) => o.lines.length === 2)).toBe(true);
    expect(c.tags.map((t: { name: string }) => t.name)).toContain('母婴');
  }
  return used;
}

test('a 50-customer page with orders, order lines, tags and identities costs as many SQL statements as a 5-customer page', async () => {
  const five = await statementsFor(5);
  const fifty = await statementsFor(50);
  expect(fifty).toBe(five);
  // page + totalCount + identities + tags + orders page + orders totals + order lines
  expect(fifty).toBeLessThanOrEqual(8);
});
