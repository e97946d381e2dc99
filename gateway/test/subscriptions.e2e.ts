import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { Pool } from 'pg';
import { type Actor } from '@member-graph/common/auth';
import { DomainError } from '@member-graph/common/errors';
import { PgListener } from '@member-graph/common/events';
import { FEDERATION_LINK } from '@member-graph/common/federation';
import { createSubgraphServer } from '@member-graph/common/server';
import { progressStream } from '@member-graph/common/subscriptions';
import { dataOf, graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';
import { composeSupergraph } from '../../scripts/schema/compose';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';

/**
 * The bridge is generic: a throwaway subgraph declaring its own Subscription field is composed with
 * the real subgraphs, and the gateway serves it, resolving fields of customer and loyalty per event.
 */
const SECRET = 'dev-gateway-secret-change-me';
const JWT = 'dev-jwt-secret-change-me-0123456789';
const env = useTestStack('bridge', { gatewaySecret: SECRET, jwtSecret: JWT });

const TICKS_SDL = `${FEDERATION_LINK}
  type Query { "A probe." tickCount(customerId: ID!): Int! }
  "Ticks for one customer."
  type Subscription { "Live ticks after afterSeq." ticks(customerId: ID!, afterSeq: Int): Tick! }
  "One tick."
  type Tick { "Sequence." seq: Int! "Note." note: String! "Whose." customer: Customer! }
  "A customer."
  type Customer @key(fields: "id", resolvable: false) { "Id." id: ID! }
`;

let pool: Pool;
let listener: PgListener;
let ticks: Awaited<ReturnType<Awaited<ReturnType<typeof createSubgraphServer>>['listen']>> & { active(): number };
let gateway: RunningGateway;
let customerId: string;
let otherId: string;
/** Customers with no ticks yet: their streams deliver nothing until a tick is added, so every tab joins one upstream. */
let sharedId: string;
let quietId: string;
const clients: Client[] = [];

beforeAll(async () => {
  const url = env.url;
  pool = new Pool({ connectionString: url, max: 3 });
  await pool.query(`create table public.ticks (customer_id uuid not null, seq int not null, note text not null, primary key (customer_id, seq))`);
  await pool.query(`create function public.ring_tick() returns trigger language plpgsql as $$ begin perform pg_notify('ticks', NEW.customer_id::text); return null; end $$`);
  await pool.query(`create trigger ticks_ring after insert on public.ticks for each row execute function public.ring_tick()`);
  listener = new PgListener(url);
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(TICKS_SDL),
      resolvers: {
        Query: { tickCount: async (_: unknown, a: { customerId: string }) => (await pool.query(`select count(*)::int as n from ticks where customer_id = $1`, [a.customerId])).rows[0].n },
        Subscription: {
          ticks: {
            subscribe: (_: unknown, a: { customerId: string; afterSeq?: number }, ctx: { actor: Actor | null }) => {
              if (!ctx.actor || (ctx.actor.role === 'customer' && ctx.actor.id !== a.customerId)) throw new DomainError('NOT_FOUND', `Customer ${a.customerId} was not found`);
              return progressStream({
                listener,
                channel: 'ticks',
                key: a.customerId,
                afterSeq: a.afterSeq ?? 0,
                fetchAfter: async (after) =>
                  (await pool.query(`select seq, note, customer_id from ticks where customer_id = $1 and seq > $2 order by seq`, [a.customerId, after])).rows,
              });
            },
            resolve: (row: { seq: number; note: string; customer_id: string }) => ({ seq: row.seq, note: row.note, customer: { id: row.customer_id } }),
          },
        },
      } as never,
    },
  ]);
  const server = await createSubgraphServer({
    name: 'ticks',
    schema,
    gatewaySecret: SECRET,
    production: false,
    subscriptions: true,
    context: (actor) => ({ actor }),
    ready: async () => ({}),
  });
  ticks = Object.assign(await server.listen(0), { active: server.activeSubscriptions });

  const real = await composeSupergraph();
  const composed = composeServices([
    ...Object.entries(real.subgraphs).map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: (env.stack.subgraphs as Record<string, { url: string }>)[name].url })),
    { name: 'ticks', typeDefs: parse(TICKS_SDL), url: ticks.url },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bridge-')), 'supergraph.graphql');
  writeFileSync(file, composed.supergraphSdl);
  gateway = await startGateway(readGatewayConfig({ SUPERGRAPH_PATH: file, GATEWAY_SECRET: SECRET, JWT_SECRET: JWT }), 0);

  const system = await env.stack.token('system', 'feed');
  const make = async (value: string, name: string) =>
    dataOf(await graphql(env.stack.gateway.url, `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
      { i: { identity: { type: 'APP_USER_ID', value }, channel: 'APP', profile: { name } } }, { token: system })).resolveCustomer.customer.id;
  customerId = await make('tick-owner', '订阅者');
  otherId = await make('tick-other', '别人');
  sharedId = await make('tick-shared', '多个标签页');
  quietId = await make('tick-quiet', '安静的人');
  await env.stack.settle();
});
env.beforeStop(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gateway?.stop();
  await ticks?.stop();
  await listener?.close();
  await pool?.end();
});

const client = async (role: 'customer' | 'agent', sub: string) => {
  const token = await env.stack.token(role, sub);
  const c = createClient({ url: gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c;
};
const addTick = (owner: string, seq: number) => pool.query(`insert into ticks values ($1, $2, $3)`, [owner, seq, `step ${seq}`]);
const TICKS = `subscription($id: ID!, $after: Int) { ticks(customerId: $id, afterSeq: $after) { seq note customer { id name loyalty { tier { code } } } } }`;
const waitFor = async (check: () => boolean, ms = 30_000) => { // a hang guard: returns as soon as check holds
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return check();
};

test('events arrive in order with fields of other subgraphs resolved; afterSeq replays, then live; unsubscribing closes upstream', async () => {
  await addTick(customerId, 1);
  await addTick(customerId, 2);
  const c = await client('customer', customerId);
  const it = c.iterate<{ ticks: { seq: number; note: string; customer: { id: string; name: string; loyalty: { tier: { code: string } } } } }>({ query: TICKS, variables: { id: customerId, after: 1 } });
  const first = await it.next();
  expect(first.value).toEqual({ data: { ticks: { seq: 2, note: 'step 2', customer: { id: customerId, name: '订阅者', loyalty: { tier: { code: 'MEMBER' } } } } } });
  expect(await waitFor(() => ticks.active() === 1)).toBe(true);
  await addTick(customerId, 3);
  await addTick(otherId, 1);
  await addTick(customerId, 4);
  expect((await it.next()).value?.data?.ticks.seq).toBe(3);
  expect((await it.next()).value?.data?.ticks.seq).toBe(4);
  await it.return!();
  expect(await waitFor(() => ticks.active() === 0 && gateway.activeSubscriptions() === 0)).toBe(true);
});

test("another customer's stream gives an error and no events", async () => {
  const c = await client('customer', customerId);
  const it = c.iterate({ query: TICKS, variables: { id: otherId } });
  const res = await it.next();
  expect(res.value?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(res.value?.data ?? null).toBeNull();
  expect((await it.next()).done).toBe(true);
  expect(await waitFor(() => ticks.active() === 0)).toBe(true);
});

test('connection_init without a valid token is refused', async () => {
  const c = createClient({ url: gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer nope' }, retryAttempts: 0, lazy: true });
  clients.push(c);
  const it = c.iterate({ query: TICKS, variables: { id: customerId } });
  await expect(it.next()).rejects.toEqual(expect.objectContaining({ code: 4403 }));
});

test('queries over WebSocket are refused (HTTP is for queries and mutations)', async () => {
  const c = await client('agent', 'agent-1');
  const it = c.iterate({ query: `query($id: ID!) { tickCount(customerId: $id) }`, variables: { id: customerId } });
  const res = await it.next();
  expect(res.value?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
});

test('subscriptions are validated against the schema and the operation limits', async () => {
  const c = await client('customer', customerId);
  await expect(c.iterate({ query: `subscription { ticks(customerId: "x") { nope } }` }).next()).rejects.toEqual([
    expect.objectContaining({ message: expect.stringMatching(/nope/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) } }),
  ]);
  const aliases = `subscription($id: ID!) { ticks(customerId: $id) { ${Array.from({ length: 40 }, (_, i) => `a${i}: seq`).join(' ')} } }`;
  await expect(c.iterate({ query: aliases, variables: { id: customerId } }).next()).rejects.toEqual([
    expect.objectContaining({ message: expect.stringMatching(/alias/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) } }),
  ]);
});

type Tick = { ticks: { seq: number; note: string; customer: { id: string; name: string } } };
const SHARED = `subscription($id: ID!, $after: Int) { ticks(customerId: $id, afterSeq: $after) { seq note customer { id name } } }`;
const tabs = async (n: number, owner: string, variables: Record<string, unknown>) => {
  const c = await client('customer', owner);
  return Array.from({ length: n }, () => c.iterate<Tick>({ query: SHARED, variables }));
};
const seqOf = async (it: AsyncIterator<{ data?: Tick | null }>) => (await it.next()).value?.data?.ticks.seq;

test("one customer's 20 tabs share ONE upstream subscription; each gets every event once, in order; the last one leaving closes it", async () => {
  const before = gateway.activeSubscriptions();
  const its = [...(await tabs(10, sharedId, { id: sharedId })), ...(await tabs(10, sharedId, { id: sharedId }))];
  const pending = its.map((it) => it.next()); // graphql-ws subscribes on the first next()
  expect(await waitFor(() => gateway.activeSubscriptions() === before + 20)).toBe(true);
  for (const seq of [1, 2, 3]) await addTick(sharedId, seq);
  const firsts = await Promise.all(pending);
  expect(firsts.map((r) => r.value?.data?.ticks)).toEqual(its.map(() => ({ seq: 1, note: 'step 1', customer: { id: sharedId, name: '多个标签页' } })));
  expect(ticks.active()).toBe(1); // every tab has had an event, so every upstream there is has subscribed
  for (const it of its) expect([await seqOf(it), await seqOf(it)]).toEqual([2, 3]);
  await addTick(sharedId, 4); // a doubled 3 would show here
  expect(await Promise.all(its.map(seqOf))).toEqual(its.map(() => 4));

  await Promise.all(its.slice(1).map((it) => it.return!())); // leaving disturbs no one
  expect(await waitFor(() => gateway.activeSubscriptions() === before + 1)).toBe(true);
  expect(ticks.active()).toBe(1);
  await addTick(sharedId, 5);
  expect(await seqOf(its[0])).toBe(5);
  await its[0].return!();
  expect(await waitFor(() => ticks.active() === 0 && gateway.activeSubscriptions() === before)).toBe(true);
});

test("another customer with the very same operation and variables does not share: they get NOT_FOUND, never the owner's events", async () => {
  const [own] = await tabs(1, quietId, { id: quietId });
  const ownFirst = own.next();
  expect(await waitFor(() => ticks.active() === 1)).toBe(true);
  const before = gateway.activeSubscriptions();
  const [stranger] = await tabs(1, otherId, { id: quietId });
  let settled = false;
  const next = stranger.next().finally(() => (settled = true));
  // had the stranger joined the owner's upstream, this tick would reach them
  await waitFor(() => settled || gateway.activeSubscriptions() === before + 1);
  await addTick(quietId, 1);
  const denied = await next;
  expect(denied.value?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(denied.value?.data ?? null).toBeNull();
  expect((await ownFirst).value?.data?.ticks).toEqual(expect.objectContaining({ seq: 1, customer: expect.objectContaining({ id: quietId }) }));
  await own.return!();
  expect(await waitFor(() => ticks.active() === 0)).toBe(true);
});

test('a client with afterSeq gets its own upstream and its replay while others share; an upstream failure reaches every sharer', async () => {
  const live = await tabs(3, quietId, { id: quietId, after: 1 });
  const pending = live.map((it) => it.next());
  expect(await waitFor(() => ticks.active() === 1)).toBe(true);
  await addTick(quietId, 2);
  expect((await Promise.all(pending)).map((r) => r.value?.data?.ticks.seq)).toEqual([2, 2, 2]);
  // joining after the first event would miss the replay: this tab opens an upstream of its own
  const [late] = await tabs(1, quietId, { id: quietId, after: 1 });
  expect(await seqOf(late)).toBe(2);
  expect(ticks.active()).toBe(2);
  await late.return!();
  expect(await waitFor(() => ticks.active() === 1)).toBe(true);

  // the ticks subgraph's stream fails on its next read: every client of the shared upstream is told, then ends
  await pool.query(`alter table public.ticks rename to ticks_gone`);
  try {
    await pool.query(`select pg_notify('ticks', $1)`, [quietId]);
    const failed = await Promise.all(live.map((it) => it.next()));
    expect(failed.map((r) => r.value?.errors?.[0]?.extensions?.code)).toEqual(['SUBSCRIPTION_INTERRUPTED', 'SUBSCRIPTION_INTERRUPTED', 'SUBSCRIPTION_INTERRUPTED']);
    expect((await Promise.all(live.map((it) => it.next()))).map((r) => r.done)).toEqual([true, true, true]);
  } finally {
    await pool.query(`alter table public.ticks_gone rename to ticks`);
  }
  expect(await waitFor(() => ticks.active() === 0)).toBe(true);
});
