import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { StaffCustomerPageDocument } from '@member-graph/client-staff';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';
import { newCustomer, recordOrder, useTestStack } from '../../scripts/stack';

/**
 * Issue 13 item 8 through the gateway: the staff page of 100 customers (the staff SDK's StaffCustomerPage) with loyalty, coupons, orders and
 * tickets fits the default limits with totalCount on every connection; over a lower MAX_QUERY_COST the
 * refusal says what to change; the bounded lists on Customer honour `first`.
 */
const SECRET = 'dev-gateway-secret-change-me';
const JWT = 'dev-jwt-secret-change-me-0123456789';
const env = useTestStack('pagination', { gatewaySecret: SECRET, jwtSecret: JWT });
let tight: RunningGateway;
const ids: string[] = [];


beforeAll(async () => {
  const urls = Object.fromEntries(Object.entries(env.stack.subgraphs).map(([n, s]) => [`${n.toUpperCase()}_URL`, s.url]));
  tight = await startGateway(readGatewayConfig({ GATEWAY_SECRET: SECRET, JWT_SECRET: JWT, MAX_QUERY_COST: '300', ...urls }), 0);
  for (let i = 0; i < 3; i++) {
    const id = await newCustomer(env, { name: `分页-${i}` });
    ids.push(id);
    for (let n = 0; n < i; n++) await recordOrder(env, id, { amount: `${100 + n}.00` });
    const token = await env.stack.token('customer', id);
    for (let n = 0; n < i; n++) {
      await env.ok(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'CONSULTATION', channel: 'APP', subject: `问题${n}`, body: '请问' } }, token);
    }
  }
  await env.settle();
});
afterAll(() => tight?.stop());

test('the staff page of 100 customers with loyalty, coupons, orders and tickets fits the default limits; every totalCount counts the whole list', async () => {
  const page = dataOf(await graphql(env.stack.gateway.url, StaffCustomerPageDocument, { first: 100, after: null, filter: null }, { token: env.tokens.agent })).customers;
  expect(page.totalCount).toBe(3);
  const mine = ids.map((id) => page.nodes.find((c) => c.id === id)!);
  expect(mine.map((c) => [c.name, c.orders.totalCount, c.orders.nodes.length, c.tickets?.totalCount])).toEqual([
    ['分页-0', 0, 0, 0],
    ['分页-1', 1, 1, 1],
    ['分页-2', 2, 2, 2],
  ]);
  expect(mine.every((c) => c.loyalty?.tier.code === 'MEMBER' && Array.isArray(c.coupons))).toBe(true);
});

test('over MAX_QUERY_COST the refusal says what to change (outside production with the cost and the limit)', async () => {
  const refused = await graphql(tight.url, StaffCustomerPageDocument, { first: 100, after: null, filter: null }, { token: env.tokens.agent });
  expect(errorCodes(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(refused.errors?.[0].message).toMatch(/^Query Cost limit of 300 exceeded, found \d+(\.\d+)?\. To fit: select fewer nested fields, or split the operation in two; operators set the limit with MAX_QUERY_COST\.$/);
});

test('a page size passed as a variable costs what it asks for: the same refusal as the literal one, and a small page still fits', async () => {
  const NESTED = `query($n: Int) { customers(first: $n) { nodes { id orders(first: $n) { nodes { id lines { sku } } } } } }`;
  const literal = await graphql(tight.url, NESTED.replace('query($n: Int) ', '').replace(/\$n/g, '100'), {}, { token: env.tokens.agent });
  const variable = await graphql(tight.url, NESTED, { n: 100 }, { token: env.tokens.agent });
  expect(errorCodes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(errorCodes(variable)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(variable.status).toBe(400);
  expect(variable.errors?.[0].message).toBe(literal.errors?.[0].message);
  expect(dataOf(await graphql(tight.url, NESTED, { n: 2 }, { token: env.tokens.agent })).customers.nodes).toHaveLength(2);
});

test('over graphql-ws too: a subscription whose page size is a variable is costed with its value', async () => {
  const WATCH = `subscription($id: ID!, $n: Int) { ticketProgress(ticketId: $id) { seq ticket { customer { orders(first: $n) { nodes { lines { sku } } } } } } }`;
  const client = createClient({ url: tight.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${env.tokens.agent}` }, retryAttempts: 0, lazy: true });
  const first = (n: number) => client.iterate({ query: WATCH, variables: { id: '00000000-0000-0000-0000-000000000000', n } }).next().then((r) => JSON.stringify(r.value), (errors) => JSON.stringify(errors));
  try {
    expect(await first(100)).toContain('GRAPHQL_VALIDATION_FAILED');
    const small = await first(1);
    expect(small).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(small).toContain('NOT_FOUND'); // it got past the limits to the ticket lookup
  } finally {
    await client.dispose();
  }
});

test('coupons, tags and segments on Customer are bounded by first (1–100, default 100); out of range is BAD_USER_INPUT', async () => {
  const id = ids[2];
  await env.ok(`mutation($id: ID!) { addTags(customerId: $id, tags: [{ name: "甲", type: NEED }, { name: "乙", type: NEED }, { name: "丙", type: NEED }]) { id } }`, { id }, env.tokens.agent);
  const TAGS = `query($id: ID!, $n: Int) { customer(id: $id) { all: tags { name } some: tags(first: $n) { name } segments(first: $n) { segment { id } } coupons(first: $n) { code } } }`;
  const answer = dataOf(await graphql(env.stack.gateway.url, TAGS, { id, n: 2 }, { token: env.tokens.agent })).customer;
  expect(answer.all.map((t: { name: string }) => t.name)).toHaveLength(3);
  expect(answer.some).toEqual(answer.all.slice(0, 2));
  for (const n of [0, 101]) {
    const bad = await graphql(env.stack.gateway.url, `query($id: ID!, $n: Int) { customer(id: $id) { tags(first: $n) { name } } }`, { id, n }, { token: env.tokens.agent });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const coupons = await graphql(env.stack.gateway.url, `query($id: ID!, $n: Int) { customer(id: $id) { coupons(first: $n) { code } } }`, { id, n }, { token: env.tokens.agent });
    expect(errorCodes(coupons)).toEqual(['BAD_USER_INPUT']);
  }
});
