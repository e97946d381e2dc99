/**
 * The logs of every process, as production writes them: the gateway and the four subgraphs each run as
 * their own process (the launcher's `startServer`) with LOG_LEVEL=debug and LOG_SQL=true, and every line
 * they print on stdout and stderr is captured while a scenario handles personal data (a phone and an
 * e-mail resolved, revealed to an agent, an order, a ticket followed over WebSocket, an erasure), a
 * request that fails inside a subgraph with the phone in the database's error message, and a request
 * to a killed subgraph. Every line must be JSON with level and part, carry the request id where it
 * belongs, and contain no phone, e-mail, token or JWT.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { finished } from 'node:stream/promises';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { signDevToken } from '@member-graph/common/auth';
import { SUBGRAPH_NAMES } from '@member-graph/common/config';
import { withClient } from '@member-graph/common/db';
import { createTestDatabase, dataOf, errorCodes, freePort, graphql } from '@member-graph/common/testing';
import { startServer, type ServerProcess } from '../launcher/servers';
import { RESOLVE_CUSTOMER, eventually, recordOrder, type Tokens } from '../stack';

jest.setTimeout(300_000);

const JWT_SECRET = `logs-jwt-${randomBytes(12).toString('hex')}`;
const PHONE = `139${String(randomInt(10_000_000, 99_999_999))}`;
const EMAIL = `lin.${randomBytes(3).toString('hex')}@example.com`;
const RUN = randomBytes(4).toString('hex');
/** The request ids the scenario sends (HTTP `x-request-id`, graphql-ws connectionParams). */
const IDS = { scenario: `logs-${RUN}`, internal: `logs-${RUN}-internal`, down: `logs-${RUN}-down`, ws: `logs-${RUN}-ws` };

interface Line {
  server: string;
  text: string;
}
const lines: Line[] = [];
const servers: ServerProcess[] = [];
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let url: string;
let tokens: Tokens & { reveal: string };

const gql = (query: string, variables: Record<string, unknown>, token: string, requestId = IDS.scenario) =>
  graphql(url, query, variables, { token, headers: { 'x-request-id': requestId } });
const client = { tokens: {} as Tokens, ok: async (q: string, v: Record<string, unknown>, t: string) => dataOf(await gql(q, v, t)) };

beforeAll(async () => {
  db = await createTestDatabase('logs');
  const { NODE_OPTIONS: _dropped, ...inherited } = process.env;
  const ports = Object.fromEntries(await Promise.all(['gateway', ...SUBGRAPH_NAMES].map(async (n) => [`${n.toUpperCase()}_PORT`, String(await freePort())])));
  const env = { ...inherited, ...ports, NODE_ENV: 'development', HOST: '127.0.0.1', DATABASE_URL: db.url, JWT_SECRET, LOG_LEVEL: 'debug', LOG_SQL: 'true' };
  const capture = (server: string) => (text: string) => void lines.push({ server, text });
  const subgraphs = await Promise.all(SUBGRAPH_NAMES.map((name) => startServer(name, env, () => false, capture(name))));
  servers.push(...subgraphs);
  const urls = Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.url]));
  const gateway = await startServer('gateway', { ...env, ...urls }, () => false, capture('gateway'));
  servers.push(gateway);
  url = gateway.url;
  const sign = (role: 'system' | 'admin' | 'agent' | 'marketer', scopes?: string[]) => signDevToken(JWT_SECRET, { sub: `${role}-logs`, role, scopes });
  tokens = { system: await sign('system'), admin: await sign('admin'), agent: await sign('agent'), marketer: await sign('marketer'), reveal: await sign('agent', ['pii:reveal']) };
  client.tokens = tokens;
});

afterAll(async () => {
  for (const s of servers.reverse()) await s.stop();
  await db?.drop();
});

/** Opens a ticket for the customer once the service subgraph knows them (it learns customers from events). */
async function openTicket(customerId: string): Promise<string> {
  let ticketId = '';
  const open = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
  const input = { customerId, channel: 'APP', type: 'AFTER_SALES', subject: 'Where is my parcel', body: 'It has not arrived yet' };
  await eventually(async () => {
    const r = await gql(open, { i: input }, tokens.agent);
    ticketId = r.data?.openTicket?.id ?? '';
    return Boolean(ticketId);
  }, 'the service subgraph knows the customer');
  return ticketId;
}

/** Follows the ticket over graphql-ws with `x-request-id` in connectionParams; the customer's name comes from the customer subgraph per event. */
async function firstProgressEvent(ticketId: string) {
  const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${tokens.admin}`, 'x-request-id': IDS.ws } });
  try {
    const events = ws.iterate({ query: `subscription($id: ID!) { ticketProgress(ticketId: $id, afterSeq: 0) { seq status ticket { customer { name } } } }`, variables: { id: ticketId } });
    return (await events.next()).value;
  } finally {
    await ws.dispose();
  }
}

/** Makes the database refuse any change of a customer row with the row's phone and e-mail in the error message. */
const refuseCustomerUpdates = (on: boolean) =>
  withClient(db.url, (c) =>
    c.query(
      on
        ? `create function customer.refuse_update() returns trigger language plpgsql as $$ begin raise exception 'refused update of % / %', new.phone, new.email; end $$;
           create trigger refuse_update before update on customer.customers for each row execute function customer.refuse_update()`
        : `drop trigger refuse_update on customer.customers; drop function customer.refuse_update()`,
    ),
  );

test('a scenario touching PII, an internal failure and a killed subgraph leaves JSON lines with request ids and no personal data', async () => {
  const profile = { name: '林晓雨', phone: PHONE, email: EMAIL };
  const resolved = await client.ok(RESOLVE_CUSTOMER, { i: { identity: { type: 'PHONE', value: PHONE }, channel: 'APP', profile } }, tokens.system);
  const customerId: string = resolved.resolveCustomer.customer.id;
  // revealed to an agent holding pii:reveal: the phone and e-mail pass through the gateway unmasked
  const revealed = await client.ok(`query($id: ID!) { customer(id: $id) { phone email } }`, { id: customerId }, tokens.reveal);
  expect(revealed.customer).toEqual({ phone: PHONE, email: EMAIL });
  await recordOrder(client, customerId, { amount: '88.00' });

  // a failure inside the customer subgraph whose database error carries the phone and e-mail
  await refuseCustomerUpdates(true);
  try {
    const failed = await gql(`mutation($id: ID!, $i: CustomerProfileInput!) { updateCustomerProfile(id: $id, input: $i) { id } }`, { id: customerId, i: { region: 'Shanghai' } }, tokens.admin, IDS.internal);
    expect(errorCodes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
  } finally {
    await refuseCustomerUpdates(false);
  }

  // a subscription: its upstream and its follow-up fetch carry the WebSocket request id
  const ticketId = await openTicket(customerId);
  expect(await firstProgressEvent(ticketId)).toEqual({ data: { ticketProgress: expect.objectContaining({ ticket: { customer: { name: '林晓雨' } } }) } });

  // a killed subgraph: its fields are SERVICE_UNAVAILABLE, the rest answers
  const loyalty = servers.find((s) => s.name === 'loyalty')!;
  loyalty.child.kill('SIGKILL');
  await loyalty.stop();
  const partial = await gql(`query($id: ID!) { customer(id: $id) { name loyalty { tier { code } } } }`, { id: customerId }, tokens.admin, IDS.down);
  expect(errorCodes(partial)).toEqual(['SERVICE_UNAVAILABLE']);

  await client.ok(`mutation($id: ID!) { eraseCustomer(customerId: $id, reason: "ticket T-1 erasure request") { customerId } }`, { id: customerId }, tokens.admin);

  // every process stops and flushes what it wrote
  for (const s of [...servers].reverse()) await s.stop();
  await Promise.all(servers.flatMap((s) => [finished(s.child.stdout!), finished(s.child.stderr!)]));

  const parsed = lines.map(({ server, text }) => {
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { server, text, json };
  });
  expect(parsed.filter((l) => typeof l.json?.level !== 'string' || l.json?.part !== l.server)).toEqual([]);

  const partsWith = (id: string) => new Set(parsed.filter((l) => l.json?.requestId === id).map((l) => l.server));
  expect([...partsWith(IDS.scenario)]).toEqual(expect.arrayContaining(['gateway', 'customer']));
  expect([...partsWith(IDS.ws)]).toEqual(expect.arrayContaining(['gateway', 'service', 'customer']));
  // LOG_SQL wrote the statements of the scenario, with their parameter counts
  expect(parsed.some((l) => l.server === 'customer' && l.json?.requestId === IDS.scenario && l.json?.msg === 'sql' && (l.json?.params as { count: number }).count > 0)).toBe(true);
  // the internal failure: logged once, by the subgraph where it happened, with the request id
  const internal = parsed.filter((l) => l.json?.requestId === IDS.internal && l.json?.level === 'error');
  expect(internal.map((l) => [l.server, l.json?.msg])).toEqual([['customer', 'unexpected error; answered INTERNAL_SERVER_ERROR']]);
  expect(internal[0].json?.err).toEqual(expect.objectContaining({ code: 'P0001', message: 'refused update of [phone] / [email]' }));
  // the killed subgraph: logged by the gateway with the request id
  expect(parsed.some((l) => l.server === 'gateway' && l.json?.requestId === IDS.down && l.json?.level === 'warn' && /loyalty did not answer/.test(String(l.json?.msg)))).toBe(true);

  const leaks = parsed.filter(({ text }) => [PHONE, EMAIL, ...Object.values(tokens)].some((secret) => text.includes(secret)) || /eyJ/.test(text));
  expect(leaks.map((l) => `${l.server}: ${l.text}`)).toEqual([]);
});
