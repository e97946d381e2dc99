import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { dataOf, graphql, within } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';

/** Agents watch the ticket queue through the gateway; each event carries fields of other subgraphs. */
const env = useTestStack('queue');
const clients: Client[] = [];
env.beforeStop(() => Promise.all(clients.map((c) => c.dispose())));

const QUEUE = `subscription { ticketQueue { seq kind ticket { id type category customer { name loyalty { tier { code } } } } } }`;
const iterate = async (role: 'agent' | 'customer', sub: string) => {
  const token = await env.stack.token(role, sub);
  const c = createClient({ url: env.stack.gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c.iterate<{ ticketQueue: { seq: number; kind: string; ticket: { id: string; type: string; category: string | null; customer: { name: string; loyalty: { tier: { code: string } } | null } } } }>({ query: QUEUE });
};

test('an agent sees a new complaint on the queue, categorised, with the customer and their tier; customers may not watch the queue', async () => {
  const system = await env.stack.token('system', 'feed');
  const created = dataOf(
    await graphql(env.stack.gateway.url, `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "queue-1" }, channel: APP, profile: { name: "排队的人" } }) { customer { id } } }`, {}, { token: system }),
  );
  const customerId = created.resolveCustomer.customer.id;
  await env.stack.settle();
  const queue = await iterate('agent', 'agent-1');
  const first = queue.next();
  // without afterSeq the queue is live from the moment the upstream subscription starts
  for (let i = 0; i < 1500 && env.stack.subgraphs.service.activeSubscriptions() === 0; i++) await new Promise((r) => setTimeout(r, 20));
  const customerToken = await env.stack.token('customer', customerId);
  const opened = dataOf(
    await graphql(
      env.stack.gateway.url,
      `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`,
      { i: { type: 'COMPLAINT', channel: 'MINI_PROGRAM', subject: '快递', body: '快递已经五天了还没有送到，物流信息一直不更新' } },
      { token: customerToken },
    ),
  );
  const event = (await within(first, 30_000, 'a queue event')).value;
  expect(event?.data?.ticketQueue).toEqual(
    expect.objectContaining({
      kind: 'NEW',
      ticket: { id: opened.openTicket.id, type: 'COMPLAINT', category: 'LOGISTICS_DELAY', customer: { name: '排队的人', loyalty: { tier: { code: 'MEMBER' } } } },
    }),
  );
  await queue.return!();

  const denied = await (await iterate('customer', customerId)).next();
  expect(denied.value?.errors?.[0]).toEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
});

type QueueEvent = { ticketQueue: { seq: number; kind: string; ticket: { id: string } } };
const watch = async (role: 'agent' | 'admin', sub: string) => {
  const token = await env.stack.token(role, sub);
  const c = createClient({ url: env.stack.gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c.iterate<QueueEvent>({ query: `subscription { ticketQueue { seq kind ticket { id } } }` });
};
const waitFor = async (check: () => boolean, ms = 30_000) => { // a hang guard: returns as soon as check holds
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return check();
};

test('20 agents share ONE upstream queue subscription (the queue depends on the role only); admins, whose PII reads are audited per person, each have their own', async () => {
  expect(await waitFor(() => env.stack.subgraphs.service.activeSubscriptions() === 0)).toBe(true);
  const agents = await Promise.all(Array.from({ length: 20 }, (_, i) => watch('agent', `agent-share-${i}`)));
  const admins = await Promise.all(['admin-share-1', 'admin-share-2'].map((sub) => watch('admin', sub)));
  const all = [...agents, ...admins];
  const firsts = all.map((it) => it.next()); // graphql-ws subscribes on the first next()
  expect(await waitFor(() => env.stack.gateway.activeSubscriptions() === 22 && env.stack.subgraphs.service.activeSubscriptions() === 3)).toBe(true);

  const system = await env.stack.token('system', 'feed');
  const created = dataOf(
    await graphql(env.stack.gateway.url, `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "queue-share" }, channel: APP, profile: { name: "共享" } }) { customer { id } } }`, {}, { token: system }),
  );
  const customerToken = await env.stack.token('customer', created.resolveCustomer.customer.id);
  const open = async (subject: string) =>
    dataOf(await graphql(env.stack.gateway.url, `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'CONSULTATION', channel: 'APP', subject, body: `${subject}，请问什么时候发货？` } }, { token: customerToken })).openTicket.id;
  const ids = [await open('第一个'), await open('第二个'), await open('第三个')];

  const seen = await Promise.all(
    all.map(async (it, i) => [(await firsts[i]).value, (await it.next()).value, (await it.next()).value].map((e) => e?.data?.ticketQueue)),
  );
  for (const events of seen) {
    expect(events.map((e) => e?.ticket.id)).toEqual(ids); // every one, in order, once
    expect(events.map((e) => e?.kind)).toEqual(['NEW', 'NEW', 'NEW']);
    expect(events[0]!.seq < events[1]!.seq && events[1]!.seq < events[2]!.seq).toBe(true);
  }
  expect(env.stack.subgraphs.service.activeSubscriptions()).toBe(3);

  await Promise.all(agents.slice(1).map((it) => it.return!()));
  expect(await waitFor(() => env.stack.gateway.activeSubscriptions() === 3)).toBe(true);
  expect(env.stack.subgraphs.service.activeSubscriptions()).toBe(3); // one agent is still on the shared upstream
  await Promise.all([agents[0], ...admins].map((it) => it.return!()));
  expect(await waitFor(() => env.stack.subgraphs.service.activeSubscriptions() === 0)).toBe(true);
});
