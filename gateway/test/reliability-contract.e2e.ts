import { readFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { buildSchema } from 'graphql';
import { SECRET_HEADER } from '@member-graph/common/auth';
import { dataOf, errorCodes, graphql, type GraphQLResponse } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';
import { SENSITIVE_MUTATIONS } from '../src/sensitive-mutations';

/** One error contract and the operation limits, through real gateways (development and production) over HTTP and WebSocket. */
const SECRET = 'dev-gateway-secret-change-me';
const env = useTestStack('relcontract', { gatewaySecret: SECRET });
const clients: Client[] = [];
env.beforeStop(() => Promise.all(clients.map((c) => c.dispose())));

let prod: RunningGateway;
let customerId: string;
const gateways = () => ({ development: env.stack.gateway.url, production: prod.url });

beforeAll(async () => {
  const urls = Object.fromEntries(Object.entries(env.stack.subgraphs).map(([n, s]) => [`${n.toUpperCase()}_URL`, s.url]));
  prod = await startGateway(
    // the error contract for any operation: trusted documents (on by default in production) are tested in trusted-documents.e2e
    readGatewayConfig({ NODE_ENV: 'production', GATEWAY_SECRET: SECRET, JWT_SECRET: 'dev-jwt-secret-change-me-0123456789', MAX_QUERY_COST: '40', TRUSTED_DOCUMENTS: 'false', ...urls }),
    0,
  );
  const system = await env.stack.token('system', 'feed');
  const created = dataOf(
    await graphql(env.stack.gateway.url, `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "contract-1" }, channel: APP, profile: { name: "契约" } }) { customer { id } } }`, {}, { token: system }),
  ) as { resolveCustomer: { customer: { id: string } } };
  customerId = created.resolveCustomer.customer.id;
  await env.stack.settle();
});
afterAll(() => prod?.stop());

/** Every error names its code and the request id the response header carries. */
function expectContract(body: GraphQLResponse<unknown>, requestId: string | null) {
  expect(body.errors?.length).toBeGreaterThan(0);
  for (const e of body.errors ?? []) {
    expect(typeof e.extensions?.code).toBe('string');
    expect(e.extensions?.requestId).toBe(requestId);
  }
}

async function post(url: string, init: { body: string; contentType?: string; token?: string }) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...(init.contentType === undefined ? { 'content-type': 'application/json' } : init.contentType ? { 'content-type': init.contentType } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), requestId: res.headers.get('x-request-id'), text, body: JSON.parse(text) as GraphQLResponse<unknown> };
}

test('a malformed body, a wrong content type or an oversized body is a JSON BAD_REQUEST (400), never HTML or a stack, in any mode', async () => {
  const huge = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
  for (const url of Object.values(gateways())) {
    for (const request of [{ body: '{"query": "{ me { id } ' }, { body: '{ __typename }', contentType: 'text/plain' }, { body: 'query=%7B__typename%7D', contentType: 'application/x-www-form-urlencoded' }, { body: '{}', contentType: '' }, { body: huge }]) {
      const res = await post(url, request);
      expect(res.status).toBe(400);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(errorCodes(res.body)).toEqual(['BAD_REQUEST']);
      expectContract(res.body, res.requestId);
      expect(res.text).not.toMatch(/<html|<pre|\bat \w+ \(|node_modules|SyntaxError/i);
    }
  }
  // the subgraphs answer the gateway the same way
  const sub = await fetch(env.stack.subgraphs.customer.url, { method: 'POST', headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET }, body: '{"query": ' });
  expect(sub.status).toBe(400);
  expect(errorCodes((await sub.json()) as GraphQLResponse<unknown>)).toEqual(['BAD_REQUEST']);
});

test('a subscription sent over HTTP is a 400 pointing to graphql-ws', async () => {
  const agent = await env.stack.token('agent', 'ag-1');
  for (const url of Object.values(gateways())) {
    const res = await post(url, { body: JSON.stringify({ query: 'subscription { ticketQueue { seq } }' }), token: agent });
    expect(res.status).toBe(400);
    expect(errorCodes(res.body)).toEqual(['BAD_REQUEST']);
    expect(res.body.errors?.[0].message).toMatch(/graphql-ws/);
    expectContract(res.body, res.requestId);
  }
});

test('a staff token calling me is FORBIDDEN, not UNAUTHENTICATED; every error carries its code and request id', async () => {
  const res = await post(env.stack.gateway.url, { body: JSON.stringify({ query: '{ me { id } }' }), token: await env.stack.token('agent', 'ag-1') });
  expect(errorCodes(res.body)).toEqual(['FORBIDDEN']);
  expectContract(res.body, res.requestId);
  const anonymous = await post(env.stack.gateway.url, { body: JSON.stringify({ query: '{ me { id } }' }) });
  expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  expectContract(anonymous.body, anonymous.requestId);
  const badToken = await post(env.stack.gateway.url, { body: JSON.stringify({ query: '{ me { id } }' }), token: 'not.a.jwt' });
  expect(badToken.status).toBe(401);
  expectContract(badToken.body, badToken.requestId);
});

test('a subgraph keeps the forwarded request id on its errors (its request context has it)', async () => {
  const res = await fetch(env.stack.subgraphs.customer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET, 'x-request-id': 'from-gateway-7' },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  expect(res.headers.get('x-request-id')).toBe('from-gateway-7');
  const body = (await res.json()) as GraphQLResponse<unknown>;
  expect(body.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', requestId: 'from-gateway-7' }));
});

const ids = (n: number) => `{ me { ${Array.from({ length: n }, () => 'id').join(' ')} } }`;

test('a document over the token limit is refused before execution, without "Syntax Error", numbers only outside production', async () => {
  const token = await env.stack.token('customer', customerId);
  for (const [mode, url] of Object.entries(gateways())) {
    const res = await post(url, { body: JSON.stringify({ query: ids(3000) }), token });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(errorCodes(res.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expectContract(res.body, res.requestId);
    const message = res.body.errors?.[0].message ?? '';
    expect(message).toMatch(/token limit/i);
    expect(message).not.toMatch(/Syntax Error/);
    expect(/\d/.test(message)).toBe(mode === 'development');
  }
  expect(dataOf(await graphql(env.stack.gateway.url, ids(50), {}, { token }))).toEqual({ me: { id: customerId } });
});

test('an operation over the character limit is refused before parsing, even when it is mostly a comment', async () => {
  const token = await env.stack.token('customer', customerId);
  const padded = `# ${'x'.repeat(20_500)}\n{ me { id } }`;
  for (const [mode, url] of Object.entries(gateways())) {
    const res = await post(url, { body: JSON.stringify({ query: padded }), token });
    expect(res.status).toBe(400);
    expect(errorCodes(res.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expectContract(res.body, res.requestId);
    expect(res.body.errors?.[0].message).toMatch(/character limit/i);
    expect(/\d/.test(res.body.errors?.[0].message ?? '')).toBe(mode === 'development');
  }
});

test('a cost-limit refusal does not call itself a syntax error; in production it gives no numbers', async () => {
  const token = await env.stack.token('admin', 'a');
  const costly = `{ customers(first: 50) { nodes { id name loyalty { points { balance } tier { code } } } } }`;
  const res = await post(prod.url, { body: JSON.stringify({ query: costly }), token });
  expect(errorCodes(res.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(res.body.errors?.[0].message).toMatch(/cost limit/i);
  expect(res.body.errors?.[0].message).not.toMatch(/Syntax Error|\d/);
  const depth = await post(prod.url, { body: JSON.stringify({ query: `{ me { ${'loyalty { customer { '.repeat(7)}id${' } }'.repeat(7)} } }` }), token });
  expect(res.body.errors?.[0].message).not.toMatch(/Syntax Error/);
  expect(JSON.stringify(depth.body.errors)).not.toMatch(/Syntax Error|\d+ exceeded/);
});

test('a sensitive mutation runs at most once per operation, however aliased or spread', async () => {
  const token = await env.stack.token('customer', customerId);
  const redeem = (alias: string, key: string) => `${alias}: redeemPoints(input: { points: 1, idempotencyKey: "${key}" }) { balance }`;
  const attempts = [
    `mutation { ${redeem('a', 'k1')} ${redeem('b', 'k2')} }`,
    `mutation { ${Array.from({ length: 10 }, (_, i) => redeem(`r${i}`, `k${i}`)).join(' ')} }`,
    `mutation { ...One ...Two } fragment One on Mutation { ${redeem('a', 'k1')} } fragment Two on Mutation { ... on Mutation { ${redeem('b', 'k2')} } }`,
  ];
  for (const query of attempts) {
    const res = await post(env.stack.gateway.url, { body: JSON.stringify({ query }), token });
    expect(res.status).toBe(400);
    expect(errorCodes(res.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.body.errors?.[0].message).toMatch(/redeemPoints may run at most once per operation/);
    expectContract(res.body, res.requestId);
  }
  // a single one reaches the subgraph (and fails there on the balance, not on the rule)
  const single = await graphql(env.stack.gateway.url, `mutation { ${redeem('a', 'k-single')} }`, {}, { token });
  expect(errorCodes(single)).not.toContain('GRAPHQL_VALIDATION_FAILED');
});

test('every sensitive mutation named in the one list is a Mutation field of the API', () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  for (const name of SENSITIVE_MUTATIONS) expect(fields).toContain(name);
  // value or erasure moves: every points, coupon (not template), erasure, adjustment, merge and refund mutation
  const moving = fields.filter((f) => /points|coupon|erase|adjust|merge|refund|exchange|deletion/i.test(f) && !/template/i.test(f));
  expect(moving.length).toBeGreaterThanOrEqual(9);
  for (const name of moving) expect(SENSITIVE_MUTATIONS).toContain(name);
});

test('over WebSocket too: the token limit and the limit wording apply to subscriptions', async () => {
  const token = await env.stack.token('agent', 'ag-1');
  const client = createClient({ url: env.stack.gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(client);
  const huge = `subscription { ticketQueue { ${Array.from({ length: 3000 }, () => 'seq').join(' ')} } }`;
  await expect(client.iterate({ query: huge }).next()).rejects.toEqual([
    expect.objectContaining({ message: expect.stringMatching(/token limit/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.stringMatching(/^ws-[0-9a-f]{12}\./) } }),
  ]);
});
