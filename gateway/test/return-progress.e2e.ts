import WebSocket from 'ws';
import { print } from 'graphql';
import { OpenReturnDocument, ReturnProgressDocument } from '@member-graph/client-app';
import { createClient, type Client } from 'graphql-ws';
import { dataOf, errorCodes, graphql, within } from '@member-graph/common/testing';
import { startServiceSubgraph } from '@member-graph/service/src/app';
import { useTestStack } from '../../scripts/stack';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';

/**
 * Issue 4's done-when, with a real graphql-ws client through the gateway: a customer watches their
 * return while an agent moves it from REQUESTED to REFUNDED; resume with afterSeq; isolation; two
 * gateways and two service processes; no upstream subscription left open.
 */
const SECRET = 'dev-gateway-secret-change-me';
const JWT = 'dev-jwt-secret-change-me-0123456789';
const env = useTestStack('returns', { gatewaySecret: SECRET, jwtSecret: JWT });

type Event = { seq: number; stage: string; note: string | null; return: { id: string; customer: { id: string; loyalty: { tier: { code: string } } | null } } };
const AFTER_APPROVAL = ['SHIPPED_BACK', 'COURIER_PICKED_UP', 'RECEIVED', 'QUALITY_CHECK', 'REFUNDED'];

const clients: Client[] = [];
let replica: Awaited<ReturnType<typeof startServiceSubgraph>>;
let gatewayB: RunningGateway;
let agent: string;
let system: string;

env.beforeStop(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gatewayB?.stop();
  await replica?.stop();
});

beforeAll(async () => {
  const { stack } = env;
  agent = await stack.token('agent', 'agent-7');
  system = await stack.token('system', 'feed');
  // a second service process on the same database, and a second gateway that routes to it
  replica = await startServiceSubgraph({ databaseUrl: env.url, gatewaySecret: SECRET, production: false, logSql: false, metricsToken: '', port: 0 }, { background: false });
  const urls = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
  gatewayB = await startGateway(readGatewayConfig({ ...urls, SERVICE_URL: replica.url, GATEWAY_SECRET: SECRET, JWT_SECRET: JWT }), 0);
});

/** A customer with one paid order, and a return opened by them for its line (approved by the agent). */
async function customerWithReturn(value: string) {
  const { stack } = env;
  const call = async (q: string | typeof OpenReturnDocument, v: Record<string, unknown>, token = system) => dataOf<any>(await graphql(stack.gateway.url, q as string, v, { token }));
  const { resolveCustomer } = await call(`mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`, {
    i: { identity: { type: 'APP_USER_ID', value }, channel: 'APP', profile: { name: value } },
  });
  const customerId: string = resolveCustomer.customer.id;
  const { recordOrder } = await call(`mutation($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`, {
    o: { externalNo: `RET-${value}`, customerId, channel: 'APP', paidAt: new Date(Date.now() - 86_400_000).toISOString(), lines: [{ sku: 'COAT-1', category: 'apparel', quantity: 1, amount: '599.00' }] },
  });
  await stack.settle();
  const token = await stack.token('customer', customerId);
  const { openReturn } = await call(
    OpenReturnDocument,
    { input: { orderId: recordOrder.id, lines: [{ sku: 'COAT-1', quantity: 1 }], reason: '尺码不合适', photoUrls: ['https://img.example.com/r/1.jpg'] } },
    token,
  );
  if (openReturn.stage === 'REQUESTED') await call(`mutation($i: ReturnDecisionInput!) { approveReturn(input: $i) { id } }`, { i: { returnId: openReturn.id, note: 'ok' } }, agent);
  return { customerId, token, returnId: openReturn.id as string };
}

const subscribe = (gatewayUrl: string, token: string, variables: Record<string, unknown>) => {
  const c = createClient({ url: gatewayUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  // the app SDK's subscription document (variables returnId/afterSeq), as the member app sends it
  const { id, after } = variables as { id: string; after?: number };
  return c.iterate<{ returnProgress: Event }>({ query: print(ReturnProgressDocument), variables: { returnId: id, afterSeq: after } });
};

const advance = (gatewayUrl: string, returnId: string, to: string) =>
  graphql(gatewayUrl, `mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id stage } }`, { i: { returnId, to, note: `now ${to}`, ...(to === 'SHIPPED_BACK' ? { courier: 'SF', trackingNo: 'SF123' } : {}) } }, { token: agent });

async function next(it: AsyncIterator<{ data?: { returnProgress: Event } | null; errors?: readonly unknown[] }>) {
  const r = await within(it.next(), 30_000, 'a progress event');
  if (r.done) throw new Error('stream ended');
  if (r.value.errors?.length) throw new Error(JSON.stringify(r.value.errors));
  return r.value.data!.returnProgress;
}

const waitFor = async (check: () => boolean, ms = 30_000) => { // a hang guard: returns as soon as check holds
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return check();
};
const upstreams = () => env.stack.subgraphs.service.activeSubscriptions() + replica.activeSubscriptions();

test('(1) the customer sees each stage exactly once and in order, with customer { loyalty { tier } } in every payload; (5) unsubscribing closes upstream', async () => {
  const { customerId, token, returnId } = await customerWithReturn('watcher-1');
  const it = subscribe(env.stack.gateway.url, token, { id: returnId, after: 0 });
  const seen: Event[] = [await next(it), await next(it)];
  expect(seen.map((e) => e.stage)).toEqual(['REQUESTED', 'APPROVED']);
  for (const stage of AFTER_APPROVAL) {
    expect(errorCodes(await advance(env.stack.gateway.url, returnId, stage))).toEqual([]);
    seen.push(await next(it));
  }
  expect(seen.map((e) => e.stage)).toEqual(['REQUESTED', 'APPROVED', ...AFTER_APPROVAL]);
  expect(seen.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  for (const e of seen) expect(e.return).toEqual({ id: returnId, customer: { id: customerId, loyalty: { tier: { code: 'MEMBER' } } } });
  expect(upstreams()).toBe(1);
  await it.return!();
  expect(await waitFor(() => upstreams() === 0 && env.stack.gateway.activeSubscriptions() === 0)).toBe(true);
});

test('(2) after a disconnect following stage 2 and three more stages, afterSeq delivers exactly the three missed, then live ones', async () => {
  const { token, returnId } = await customerWithReturn('watcher-2');
  const first = subscribe(env.stack.gateway.url, token, { id: returnId, after: 0 });
  const got = [await next(first), await next(first)];
  expect(got.map((e) => e.seq)).toEqual([1, 2]);
  await first.return!();
  for (const stage of AFTER_APPROVAL.slice(0, 3)) await advance(env.stack.gateway.url, returnId, stage);
  const resumed = subscribe(env.stack.gateway.url, token, { id: returnId, after: 2 });
  const missed = [await next(resumed), await next(resumed), await next(resumed)];
  expect(missed.map((e) => [e.seq, e.stage])).toEqual([[3, 'SHIPPED_BACK'], [4, 'COURIER_PICKED_UP'], [5, 'RECEIVED']]);
  await advance(env.stack.gateway.url, returnId, 'QUALITY_CHECK');
  expect(await next(resumed)).toEqual(expect.objectContaining({ seq: 6, stage: 'QUALITY_CHECK' }));
  await resumed.return!();
  expect(await waitFor(() => upstreams() === 0)).toBe(true);
});

test("(3) another customer's return gives an error and no events", async () => {
  const { returnId } = await customerWithReturn('owner-3');
  const intruder = await customerWithReturn('intruder-3');
  const it = subscribe(env.stack.gateway.url, intruder.token, { id: returnId, after: 0 });
  const r = await it.next();
  expect(r.value?.errors?.[0]).toEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }));
  expect(r.value?.data ?? null).toBeNull();
  expect((await it.next()).done).toBe(true);
  expect(await waitFor(() => upstreams() === 0)).toBe(true);
});

test('(4) with two gateways and two service processes, a client on gateway A receives what an agent does through gateway B', async () => {
  const { token, returnId } = await customerWithReturn('watcher-4');
  const it = subscribe(env.stack.gateway.url, token, { id: returnId, after: 2 });
  await waitFor(() => env.stack.subgraphs.service.activeSubscriptions() === 1);
  expect(errorCodes(await advance(gatewayB.url, returnId, 'SHIPPED_BACK'))).toEqual([]);
  expect(await next(it)).toEqual(expect.objectContaining({ seq: 3, stage: 'SHIPPED_BACK', note: expect.stringContaining('SHIPPED_BACK') }));
  await it.return!();
  expect(await waitFor(() => upstreams() === 0)).toBe(true);
});
