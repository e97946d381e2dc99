import { dataOf, errorCodes, graphql, subgraphGraphql } from '@member-graph/common/testing';
import { startTestStack, type Stack, type TestStack } from '../../../scripts/stack';

let t: TestStack;
let stack: Stack;
const ids: string[] = [];
const SECRET = 'dev-gateway-secret-change-me';

beforeAll(async () => {
  t = await startTestStack('entities', { subgraphs: ['customer'], gatewaySecret: SECRET });
  stack = t.stack;
  const system = await stack.token('system', 'feed');
  for (let i = 0; i < 20; i++) {
    const res = await graphql(
      stack.gateway.url,
      `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
      { i: { identity: { type: 'APP_USER_ID', value: `ent-${i}` }, channel: 'APP', profile: { name: `会员${i}`, phone: `1390000${String(i).padStart(4, '0')}` } } },
      { token: system },
    );
    ids.push(dataOf(res).resolveCustomer.customer.id);
  }
});
afterAll(async () => {
  await t?.stop();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name phone identities { type value } } } }`;
const reps = (n: number) => ids.slice(0, n).map((id) => ({ __typename: 'Customer', id }));

async function statementsFor(n: number) {
  const counter = stack.subgraphs.customer.statements;
  const before = counter.count;
  const res = await subgraphGraphql(stack.subgraphs.customer.url, ENTITIES, { r: reps(n) }, { secret: SECRET, actor: { id: 'a', role: 'agent', scopes: [] } });
  expect(dataOf(res)._entities).toHaveLength(n);
  return counter.count - before;
}

test('_entities resolves Customers with masked PII for staff', async () => {
  const res = await subgraphGraphql(stack.subgraphs.customer.url, ENTITIES, { r: reps(2) }, { secret: SECRET, actor: { id: 'a', role: 'agent', scopes: [] } });
  const [first] = dataOf(res)._entities;
  expect(first).toEqual({ id: ids[0], name: '会员0', phone: '139****0000', identities: [{ type: 'APP_USER_ID', value: 'ent-0' }] });
});

test('_entities costs the same number of SQL statements for 2 and for 20 customers (one query per loader)', async () => {
  const small = await statementsFor(2);
  const large = await statementsFor(20);
  expect(small).toBe(large);
  expect(large).toBe(2); // customers by id + identities by customer
});

test('_entities applies the access rules: a customer resolving someone else gets NOT_FOUND', async () => {
  const res = await subgraphGraphql(stack.subgraphs.customer.url, ENTITIES, { r: reps(2) }, { secret: SECRET, actor: { id: ids[0], role: 'customer', scopes: [] } });
  expect(res.data?._entities[0]).toEqual(expect.objectContaining({ id: ids[0], phone: '13900000000' }));
  expect(errorCodes(res)).toEqual(['NOT_FOUND']);
});
