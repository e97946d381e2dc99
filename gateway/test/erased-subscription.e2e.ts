import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { newCustomer, useTestStack } from '../../scripts/stack';

/** Issue 15: an erased customer's token opens no subscription either (the owning subgraph refuses it, ACCOUNT_ERASED). */
const h = useTestStack('erasedsubscription', { subgraphs: ['customer', 'service'] });
const clients: Client[] = [];
h.beforeStop(() => Promise.all(clients.map((c) => c.dispose())));

const PROGRESS = `subscription($id: ID!) { ticketProgress(ticketId: $id) { seq status } }`;
const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;

function subscribe(token: string, ticketId: string) {
  const c = createClient({ url: h.stack.gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c.iterate<{ ticketProgress: { seq: number; status: string } }>({ query: PROGRESS, variables: { id: ticketId } });
}

test("a customer's ticket stream opens until they are erased; then their token is refused with ACCOUNT_ERASED", async () => {
  const id = await newCustomer(h, { name: '待删除' });
  const token = await h.stack.token('customer', id);
  const ticket = (await h.ok(OPEN_TICKET, { i: { channel: 'APP', type: 'CONSULTATION', subject: '咨询', body: '请问发货时间？' } }, token)).openTicket;
  const before = await subscribe(token, ticket.id).next();
  expect(before.value?.errors ?? []).toEqual([]);
  expect(before.value?.data?.ticketProgress).toMatchObject({ seq: 1 });

  await h.ok(`mutation($id: ID!) { eraseCustomer(customerId: $id, reason: "request 1") { customerId } }`, { id }, h.tokens.admin);
  await h.settle(); // service learns of the erasure from customer.erased
  const after = await subscribe(token, ticket.id).next();
  expect(after.value?.errors?.[0]?.extensions?.code).toBe('ACCOUNT_ERASED');
  expect(after.value?.data ?? null).toBeNull();
});
