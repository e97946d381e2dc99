import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';
import { startFaultProxy, type FaultProxy } from './support/http-proxy';

// subgraphs close idle keep-alive sockets after 2 s here, so idle gaps of ~2 s race the gateway's pool
const env = useTestStack('relsubgraph', { httpTimeouts: { keepAliveTimeoutMs: 2000, headersTimeoutMs: 3000 } });
const JWT_SECRET = 'dev-jwt-secret-change-me-0123456789';
const HOME = `{ me { name loyalty { points { balance } } } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let customerToken: string;
let customerId: string;
let proxy: FaultProxy;
let gateway: RunningGateway;

/**
 * The second gateway's timeout for loyalty: ordinary queries through it must answer well within it on a
 * loaded machine (800 ms left a busy machine little room), and the slow-subgraph test waits for it once.
 */
const LOYALTY_TIMEOUT_MS = 4000;

beforeAll(async () => {
  const { stack } = env;
  const system = await stack.token('system', 'feed');
  const created = dataOf(
    await graphql(stack.gateway.url, `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "rel-1" }, channel: APP, profile: { name: "可靠" } }) { customer { id } } }`, {}, { token: system }),
  );
  customerId = (created as { resolveCustomer: { customer: { id: string } } }).resolveCustomer.customer.id;
  await stack.settle();
  customerToken = await stack.token('customer', customerId);
  // a second gateway reaching loyalty through a proxy the tests can slow down, reset or kill
  proxy = await startFaultProxy(stack.subgraphs.loyalty.url);
  gateway = await startGateway(
    readGatewayConfig({
      JWT_SECRET,
      CUSTOMER_URL: stack.subgraphs.customer.url,
      LOYALTY_URL: proxy.url,
      SERVICE_URL: stack.subgraphs.service.url,
      MARKETING_URL: stack.subgraphs.marketing.url,
      LOYALTY_TIMEOUT_MS: String(LOYALTY_TIMEOUT_MS),
    }),
    0,
  );
});
afterAll(async () => {
  await gateway?.stop();
  await proxy?.kill().catch(() => undefined);
});

test('rounds of queries separated by idle gaps longer than the subgraphs\' keep-alive give no error', async () => {
  const outcomes: Record<string, number> = {};
  for (const gap of [1900, 2000, 2050, 2100, 2200, 2500]) {
    const answers = await Promise.all(Array.from({ length: 40 }, () => graphql(env.stack.gateway.url, HOME, {}, { token: customerToken })));
    for (const a of answers) {
      const key = a.errors ? String(errorCodes(a)[0]) : 'OK';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    await sleep(gap);
  }
  expect(outcomes).toEqual({ OK: 240 });
}); // jest's hang guard (testTimeout) rather than a tighter one: 240 queries may crawl on a loaded machine

test('a query whose connection is reset is sent once more and answers; a mutation is never resent', async () => {
  proxy.resetNext(/points/);
  const before = proxy.count(/points/);
  const query = await graphql(gateway.url, `{ me { loyalty { points { balance } } } }`, {}, { token: customerToken });
  expect(query.errors).toBeUndefined();
  expect(query.data).toEqual({ me: { loyalty: { points: { balance: 0 } } } });
  expect(proxy.count(/points/) - before).toBe(2);

  const admin = await env.stack.token('admin', 'a');
  proxy.resetNext(/adjustPoints/);
  const mutation = await graphql(gateway.url, `mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { balanceAfter } }`, { i: { customerId, points: 5, reason: 'goodwill for the test' } }, { token: admin });
  expect(mutation.errors?.[0]).toEqual(
    expect.objectContaining({ path: ['adjustPoints'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true }) }),
  );
  expect(proxy.count(/adjustPoints/)).toBe(1);
  const balance = await graphql(gateway.url, `{ me { loyalty { points { balance } } } }`, {}, { token: customerToken });
  expect(balance.data).toEqual({ me: { loyalty: { points: { balance: 0 } } } });
});

test('the request id and traceparent reach the subgraph; a client id that is not a sane token is replaced', async () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${customerToken}`, 'x-request-id': 'client-req.42_A', traceparent },
    body: JSON.stringify({ query: HOME }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe('client-req.42_A');
  const last = proxy.seen[proxy.seen.length - 1];
  expect(last.headers['x-request-id']).toBe('client-req.42_A');
  expect(last.headers.traceparent).toBe(traceparent);

  for (const bad of ['has space', 'x'.repeat(65), 'semi;colon', '']) {
    const replaced = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${customerToken}`, 'x-request-id': bad, traceparent: 'not-a-trace' },
      body: JSON.stringify({ query: HOME }),
    });
    const id = replaced.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(proxy.seen[proxy.seen.length - 1].headers['x-request-id']).toBe(id);
    expect(proxy.seen[proxy.seen.length - 1].headers.traceparent).toBeUndefined();
  }
});

test('a slow subgraph times out: partial data and SERVICE_UNAVAILABLE, retryable, at the missing field, with the request id', async () => {
  proxy.state.delayMs = LOYALTY_TIMEOUT_MS * 2.5; // the gateway gives up first, whatever the machine's load
  const answeredBefore = proxy.state.answered;
  try {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${customerToken}`, 'x-request-id': 'slow-1' },
      body: JSON.stringify({ query: HOME }),
    });
    const body = (await res.json()) as { data: unknown; errors: { path: unknown; extensions: Record<string, unknown> }[] };
    // answered by the gateway's timeout while the proxy still held the subgraph's answer
    expect(proxy.state.answered).toBe(answeredBefore);
    expect(body.data).toEqual({ me: { name: '可靠', loyalty: null } });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['me', 'loyalty'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true, requestId: 'slow-1' }) }),
    ]);
  } finally {
    proxy.state.delayMs = 0;
  }
});

test('a killed subgraph: the rest of the data, and SERVICE_UNAVAILABLE, retryable, at the missing field', async () => {
  await proxy.kill();
  const res = await graphql(gateway.url, HOME, {}, { token: customerToken });
  expect(res.status).toBe(200);
  expect(res.data).toEqual({ me: { name: '可靠', loyalty: null } });
  expect(res.errors).toEqual([
    expect.objectContaining({ path: ['me', 'loyalty'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true, requestId: expect.any(String) }) }),
  ]);
  expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
  const root = await graphql(gateway.url, `{ me { loyalty { points { balance } } } }`, {}, { token: customerToken });
  expect(root.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
});
