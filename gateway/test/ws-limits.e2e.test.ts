import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { signDevToken } from '@member-graph/common/auth';
import { dataOf, graphql, within } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';

/**
 * Issue 10 item 6 through the real gateway: frames over 64 KiB close with 1009, subscriptions per
 * socket and sockets per user are capped, dead sockets are cleaned up by keep-alive pings, and a
 * socket whose token expires is closed with 4403 at `exp` and delivers nothing after it.
 */
const JWT = 'dev-jwt-secret-change-me-0123456789';
/**
 * Ping interval, which is also how long a pong may take: long enough that a loaded machine pausing the
 * process (gateway and client share it) cannot make a live socket miss its pong, and the dead one still
 * goes in a few seconds.
 */
const KEEPALIVE_MS = 2000;
/** How long an answer (ack, close) may take before the test fails instead of hanging: a hang guard, not a speed check. */
const HANG_GUARD_MS = 30_000;
const env = useTestStack('wslimits', {
  subgraphs: ['customer', 'service'], // customers, tickets and the ticket queue
  jwtSecret: JWT,
  gatewayEnv: { WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2', WS_MAX_SOCKETS_PER_USER: '2', WS_KEEPALIVE_MS: String(KEEPALIVE_MS) },
});
const clients: Client[] = [];
const sockets: WebSocket[] = [];
env.beforeStop(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  for (const s of sockets) s.terminate();
});

const wsUrl = () => env.stack.gateway.url.replace('http', 'ws');
const QUEUE = `subscription($after: Int) { ticketQueue(afterSeq: $after) { seq kind ticket { id } } }`;
type QueueEvent = { ticketQueue: { seq: number; kind: string; ticket: { id: string } } };

/** A raw graphql-transport-ws socket, optionally without answering pings; resolves its close code. */
function rawSocket(options: { autoPong?: boolean } = {}) {
  const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', { autoPong: options.autoPong ?? true });
  sockets.push(socket);
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const acked = new Promise<void>((resolve) => socket.on('message', (m) => JSON.parse(String(m)).type === 'connection_ack' && resolve()));
  return { socket, opened, closed, acked };
}

/** A graphql-ws client whose `closed` promise tells the close code. */
function client(token: string) {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const c = createClient({
    url: wsUrl(),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  clients.push(c);
  return { c, closed };
}

async function openTicket(customerId: string, agent: string) {
  const r = await graphql(env.stack.gateway.url, `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'CONSULTATION', channel: 'APP', subject: '咨询', body: '请问会员积分什么时候到账', customerId } }, { token: agent });
  return dataOf(r).openTicket.id as string;
}

let customerId: string;
let agent: string;
beforeAll(async () => {
  const system = await env.stack.token('system', 'feed');
  agent = await env.stack.token('agent', 'agent-ws');
  const created = await graphql(env.stack.gateway.url, `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "ws-limits" }, channel: APP, profile: { name: "连接" } }) { customer { id } } }`, {}, { token: system });
  customerId = dataOf(created).resolveCustomer.customer.id;
  await env.stack.settle();
});

test('a frame over 64 KiB closes the socket with 1009 (Message Too Big)', async () => {
  const { socket, opened, closed } = rawSocket();
  await opened;
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${agent}`, pad: 'x'.repeat(70 * 1024) } }));
  expect(await within(closed, HANG_GUARD_MS, 'closed')).toBe(1009);
});

test('at most N subscriptions per socket: the next is refused with TOO_MANY_SUBSCRIPTIONS, and a freed slot can be used again', async () => {
  const { c } = client(await env.stack.token('agent', 'agent-subs'));
  const a = c.iterate({ query: QUEUE });
  const b = c.iterate({ query: QUEUE });
  // the first two hold their slots, each waiting for an event
  const pending = [a.next(), b.next()];
  // graphql-ws's iterator throws the refusal's errors
  const refusal = await within(c.iterate({ query: QUEUE }).next(), HANG_GUARD_MS, 'the third subscription answered').then(() => null, (errors) => errors);
  expect(refusal).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_SUBSCRIPTIONS' }) })]);
  await a.return!();
  // replay from the start, so the event cannot slip past an upstream subscription still opening
  const again = c.iterate<QueueEvent>({ query: QUEUE, variables: { after: 0 } });
  const id = await openTicket(customerId, agent);
  const seen: string[] = [];
  while (!seen.includes(id)) {
    const event = await within(again.next(), 30_000, 'an event on the freed slot');
    seen.push(event.value?.data?.ticketQueue.ticket.id ?? '');
  }
  expect(seen).toContain(id);
  await again.return!();
  await b.return!();
  await Promise.allSettled(pending);
});

test('at most M sockets per user: the next connection is closed with 4429; other users are not affected', async () => {
  const token = await env.stack.token('agent', 'agent-many');
  const first = rawSocket();
  const second = rawSocket();
  for (const s of [first, second]) {
    await s.opened;
    s.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await within(s.acked, HANG_GUARD_MS, 'ack');
  }
  const third = rawSocket();
  await third.opened;
  third.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  expect(await within(third.closed, HANG_GUARD_MS, 'closed')).toBe(4429);

  const other = rawSocket();
  await other.opened;
  other.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await env.stack.token('agent', 'agent-other')}` } }));
  await within(other.acked, HANG_GUARD_MS, 'another user acked');

  first.socket.close();
  await first.closed;
  const fourth = rawSocket();
  await fourth.opened;
  fourth.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await within(fourth.acked, HANG_GUARD_MS, 'acked after one closed');
});

test('keep-alive: a socket that stops answering pings is terminated; one that answers stays open', async () => {
  const token = await env.stack.token('agent', 'agent-ping');
  const dead = rawSocket({ autoPong: false });
  const alive = rawSocket();
  for (const s of [dead, alive]) {
    await s.opened;
    s.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await within(s.acked, HANG_GUARD_MS, 'ack');
  }
  // pings every KEEPALIVE_MS; no pong before the next ping terminates (the client sees an abnormal close)
  expect(await within(dead.closed, HANG_GUARD_MS, 'the dead socket terminated')).toBe(1006);
  expect(alive.socket.readyState).toBe(WebSocket.OPEN);
});

test('a socket whose token expires is closed with 4403 at exp and delivers nothing after; the client resumes with a fresh token and afterSeq', async () => {
  const short = await signDevToken(JWT, { sub: 'agent-exp', role: 'agent', expiresIn: '8s' });
  const { c, closed } = client(short);
  const seen: QueueEvent['ticketQueue'][] = [];
  const before = await openTicket(customerId, agent);
  const done = new Promise<void>((resolve) => {
    c.subscribe<QueueEvent>({ query: QUEUE, variables: { after: 0 } }, { next: (r) => r.data && seen.push(r.data.ticketQueue), error: () => resolve(), complete: () => resolve() });
  });
  expect(await within(closed, 20_000, 'closed at exp')).toBe(4403);
  await done;
  const after = await openTicket(customerId, agent);
  await new Promise((r) => setTimeout(r, 500));
  expect(seen.map((e) => e.ticket.id)).toContain(before);
  expect(seen.map((e) => e.ticket.id)).not.toContain(after);

  const lastSeq = seen[seen.length - 1].seq;
  const fresh = client(await env.stack.token('agent', 'agent-exp')).c.iterate<QueueEvent>({ query: QUEUE, variables: { after: lastSeq } });
  const resumed = (await within(fresh.next(), 30_000, 'the missed event')).value?.data?.ticketQueue;
  expect(resumed?.ticket.id).toBe(after);
  expect(resumed?.seq).toBeGreaterThan(lastSeq);
  await fresh.return!();
});

test('a token that has already expired cannot open a socket', async () => {
  const stale = await signDevToken(JWT, { sub: 'agent-old', role: 'agent', expiresIn: '1s' });
  await new Promise((r) => setTimeout(r, 1100));
  const { c, closed } = client(stale);
  const it = c.iterate({ query: QUEUE });
  await it.next().catch(() => undefined);
  expect(await within(closed, HANG_GUARD_MS, 'refused')).toBe(4403);
});
