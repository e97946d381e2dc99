import { SECRET_HEADER } from '@member-graph/common/auth';
import { dataOf, errorCodes, freePort, graphql } from '@member-graph/common/testing';
import { startStack, startTestStack, type Stack, type TestStack } from '../../scripts/stack';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';
import { ResolveCustomerDocument, MeDocument } from './__generated__/operations';

let t: TestStack;
let stack: Stack;

beforeAll(async () => {
  t = await startTestStack('gateway');
  stack = t.stack;
});
afterAll(async () => {
  await t?.stop();
});

test('typed documents from codegen run through the gateway', async () => {
  const system = await stack.token('system', 'feed');
  const created = dataOf(
    await graphql(stack.gateway.url, ResolveCustomerDocument, {
      input: { identity: { type: 'APP_USER_ID', value: 'typed-1', appId: null }, channel: 'APP', referralCode: null, profile: { name: '周杰', phone: '13511112222', birthday: null, email: null, gender: null, region: null } },
    }, { token: system }),
  );
  const me = dataOf(await graphql(stack.gateway.url, MeDocument, {}, { token: await stack.token('customer', created.resolveCustomer.customer.id) }));
  expect(me.me?.name).toBe('周杰');
  expect(me.me?.phone).toBe('13511112222');
});

test('a subgraph refuses requests without the gateway secret before parsing them (401)', async () => {
  const url = stack.subgraphs.customer.url;
  const noSecret = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
  expect(noSecret.status).toBe(401);
  const wrong = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [SECRET_HEADER]: 'guess' }, body: '{"query":"{ _service { sdl } }"}' });
  expect(wrong.status).toBe(401);
  const entities = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _entities(representations: [{__typename: "Customer", id: "x"}]) { __typename } }' }),
  });
  expect(entities.status).toBe(401);
});

test('health and readiness on the gateway and the subgraphs', async () => {
  const base = stack.gateway.url.replace('/graphql', '');
  expect((await fetch(`${base}/health`)).status).toBe(200);
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual(expect.objectContaining({ status: 'ready' }));
  for (const s of Object.values(stack.subgraphs)) {
    expect((await fetch(s.url.replace('/graphql', '/ready'))).status).toBe(200);
  }
});

test('the gateway starts from the committed supergraph while a subgraph is down, reports the missing part as an error, and stays ready', async () => {
  const down = `http://127.0.0.1:${await freePort()}/graphql`;
  const { loyalty, service, marketing } = stack.subgraphs;
  const urls = { CUSTOMER_URL: down, LOYALTY_URL: loyalty.url, SERVICE_URL: service.url, MARKETING_URL: marketing.url };
  const gw = await startGateway(readGatewayConfig({ ...urls, JWT_SECRET: 'dev-jwt-secret-change-me-0123456789' }), 0);
  try {
    const res = await graphql(gw.url, `{ me { id } }`, {}, { token: await stack.token('customer', '00000000-0000-0000-0000-000000000000') });
    expect(res.status).toBe(200);
    expect(res.errors?.length).toBeGreaterThan(0);
    // ready: it serves its supergraph; the unreachable subgraph is detail on /ready and a gauge, never a reason to leave the pool
    const ready = await fetch(gw.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { supergraph: true },
      subgraphs: { customer: false, loyalty: true, service: true, marketing: true },
    });
    const metrics = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/gateway_subgraph_up\{subgraph="customer",service="gateway"\} 0/);
  } finally {
    await gw.stop();
  }
});

test('abusive operations are refused before planning: depth, aliases', async () => {
  const token = await stack.token('admin', 'a');
  const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const tooMany = await graphql(stack.gateway.url, aliases, {}, { token });
  expect(errorCodes(tooMany)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(tooMany.errors?.[0].message).toMatch(/alias/i);
  const strict = await startGateway(
    readGatewayConfig({ CUSTOMER_URL: stack.subgraphs.customer.url, JWT_SECRET: 'dev-jwt-secret-change-me-0123456789', MAX_QUERY_DEPTH: '2' }),
    0,
  );
  try {
    const tooDeep = await graphql(strict.url, `{ me { identities { type } } }`, {}, { token });
    expect(errorCodes(tooDeep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    const shallow = await graphql(strict.url, `{ customer(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}, { token });
    expect(errorCodes(shallow)).toEqual(['NOT_FOUND']);
  } finally {
    await strict.stop();
  }
});

test('CSRF prevention refuses simple cross-site requests', async () => {
  const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
  expect(res.status).toBe(400);
});

describe('production mode', () => {
  let prod: Stack;
  beforeAll(async () => {
    prod = await startStack({
      databaseUrl: t.url,
      migrate: false, // a clone of the run's migrated template
      ports: 'random',
      background: false,
      production: true,
      gatewaySecret: 'a-long-production-secret-0123456789',
      jwtSecret: 'another-long-production-secret-0123456789',
      metricsToken: 'scrape-token-42',
    });
  });
  afterAll(() => prod?.stop());

  test('with METRICS_TOKEN, /metrics on the gateway and every subgraph answers only the scrape token', async () => {
    for (const url of [prod.gateway.url, ...Object.values(prod.subgraphs).map((s) => s.url)]) {
      const metrics = url.replace('/graphql', '/metrics');
      expect((await fetch(metrics)).status).toBe(401);
      expect((await fetch(metrics, { headers: { authorization: 'Bearer scrape-token-4' } })).status).toBe(401);
      const scraped = await fetch(metrics, { headers: { authorization: 'Bearer scrape-token-42' } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toMatch(/graphql_active_subscriptions/);
    }
  });

  test('introspection is off, the playground is off, and no stack traces leak', async () => {
    const token = await prod.token('admin', 'a');
    const intro = await graphql(prod.gateway.url, `{ __schema { queryType { name } } }`, {}, { token });
    expect(errorCodes(intro)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const page = await fetch(prod.gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const devPage = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
    expect(await devPage.text()).toMatch(/<html/i);
    const bad = await graphql(prod.gateway.url, `{ customer(id: "nope") { id nope } }`, {}, { token });
    expect(errorCodes(bad)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\bat \w+ \(|Did you mean/);
    const suggestion = await graphql(prod.gateway.url, `{ customer(id: "x") { nam } }`, {}, { token });
    expect(suggestion.errors?.[0].message).toBe('Cannot query field "nam" on type "Customer".');
  });
});

test('a malformed custom scalar the gateway cannot check comes back as BAD_USER_INPUT without any subgraph URL', async () => {
  const token = await stack.token('admin', 'a');
  const res = await graphql(stack.gateway.url, `mutation($p: CustomerProfileInput!) { updateCustomerProfile(id: "00000000-0000-0000-0000-000000000000", input: $p) { id } }`, { p: { birthday: 'yesterday' } }, { token });
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|http:|response/);
});

test('with one subgraph down, a query spanning subgraphs returns the others\' data plus an error for the missing part', async () => {
  const system = await stack.token('system', 'feed');
  const created = dataOf(
    await graphql(stack.gateway.url, `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "partial-1" }, channel: APP, profile: { name: "部分" } }) { customer { id } } }`, {}, { token: system }),
  );
  const down = `http://127.0.0.1:${await freePort()}/graphql`;
  const gw = await startGateway(
    readGatewayConfig({ CUSTOMER_URL: stack.subgraphs.customer.url, LOYALTY_URL: down, JWT_SECRET: 'dev-jwt-secret-change-me-0123456789' }),
    0,
  );
  try {
    const token = await stack.token('customer', created.resolveCustomer.customer.id);
    const res = await graphql(gw.url, `{ me { name loyalty { points { balance } } } }`, {}, { token });
    expect(res.data).toEqual({ me: { name: '部分', loyalty: null } });
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors?.[0]).toEqual(
      expect.objectContaining({ path: ['me', 'loyalty'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true, serviceName: 'loyalty' }) }),
    );
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  } finally {
    await gw.stop();
  }
});

test('Prometheus metrics on the gateway and the subgraphs count operations by type and outcome', async () => {
  const token = await stack.token('admin', 'a');
  await graphql(stack.gateway.url, `{ customer(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}, { token });
  const gatewayMetrics = await (await fetch(stack.gateway.url.replace('/graphql', '/metrics'))).text();
  expect(gatewayMetrics).toMatch(/graphql_operation_duration_seconds_count\{[^}]*type="query"[^}]*outcome="error"[^}]*\} [1-9]/);
  expect(gatewayMetrics).toMatch(/graphql_active_subscriptions\{service="gateway"\} 0/);
  const customerMetrics = await (await fetch(stack.subgraphs.customer.url.replace('/graphql', '/metrics'))).text();
  expect(customerMetrics).toMatch(/graphql_operation_duration_seconds_count\{[^}]*service="customer"[^}]*\} [1-9]/);
});
