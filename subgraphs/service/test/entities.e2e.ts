import { type Actor } from '@member-graph/common/auth';
import { ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes, subgraphGraphql } from '@member-graph/common/testing';
import { newCustomer, openTicket, recordOrder, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcentities', clock);
const SECRET = 'dev-gateway-secret-change-me';
const customers: { id: string; token: string; ticketId: string; returnId: string }[] = [];

beforeAll(async () => {
  for (let i = 0; i < 12; i++) {
    const c = await newCustomer(h, `实体${i}`);
    const orderId = await recordOrder(h, c.id, [{ sku: `SKU-${i}`, quantity: 2, amount: '80.00' }], clock.now());
    const t = await openTicket(h, c.token, { type: 'COMPLAINT', subject: `投诉${i}`, body: '快递太慢了，一直没到', orderId });
    const r = await h.ok(`mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`, { i: { orderId, lines: [{ sku: `SKU-${i}`, quantity: 1 }], reason: '不合适' } }, c.token);
    customers.push({ ...c, ticketId: t.id, returnId: r.openReturn.id });
  }
});

const ENTITIES = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Ticket { id status category customer { id } messages { body } progress { seq status } sla { firstResponseDueAt } survey { id } }
      ... on ReturnRequest { id stage amount customer { id } lines { sku quantity amount } progress { seq stage } survey { id } }
      ... on Customer { id tickets { nodes { id } } returns { nodes { id } } }
    }
  }
`;
const agent: Actor = { id: 'agent-1', role: 'agent', scopes: [] };
const entities = (reps: { __typename: string; id: string }[], actor: Actor | null) =>
  subgraphGraphql(h.stack.subgraphs.service.url, ENTITIES, { r: reps }, { secret: SECRET, actor });
const tickets = (n: number) => customers.slice(0, n).map((c) => ({ __typename: 'Ticket', id: c.ticketId }));
const returns = (n: number) => customers.slice(0, n).map((c) => ({ __typename: 'ReturnRequest', id: c.returnId }));

test('_entities resolves Ticket and ReturnRequest (with their customer key) for staff', async () => {
  const res = dataOf(await entities([...tickets(1), ...returns(1), { __typename: 'Customer', id: customers[0].id }], agent))._entities;
  expect(res[0]).toMatchObject({ id: customers[0].ticketId, status: 'NEW', category: 'LOGISTICS_DELAY', customer: { id: customers[0].id }, progress: [{ seq: 1, status: 'NEW' }], survey: null });
  expect(res[1]).toMatchObject({ id: customers[0].returnId, stage: 'APPROVED', amount: '40.00', customer: { id: customers[0].id }, lines: [{ sku: 'SKU-0', quantity: 1, amount: '40.00' }] });
  expect(res[1].progress.map((p: any) => p.seq)).toEqual([1, 2]);
  expect(res[2]).toEqual({ id: customers[0].id, tickets: { nodes: [{ id: customers[0].ticketId }] }, returns: { nodes: [{ id: customers[0].returnId }] } });
});

test('_entities applies the access rules: own only for customers, FORBIDDEN for marketers, UNAUTHENTICATED without an actor', async () => {
  const [a, b] = customers;
  const own: Actor = { id: a.id, role: 'customer', scopes: [] };
  const res = await entities([{ __typename: 'Ticket', id: a.ticketId }, { __typename: 'Ticket', id: b.ticketId }, { __typename: 'ReturnRequest', id: b.returnId }, { __typename: 'Customer', id: b.id }], own);
  expect(res.data?._entities[0]).toMatchObject({ id: a.ticketId });
  expect(res.data?._entities.slice(1)).toEqual([null, null, null]);
  expect(errorCodes(res)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  expect(errorCodes(await entities(tickets(1), { id: 'm', role: 'marketer', scopes: [] }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await entities(returns(1), null))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await entities([{ __typename: 'Ticket', id: 'nope' }], agent))).toEqual(['NOT_FOUND']);
});

test('_entities costs the same number of SQL statements for 2 and for 12 tickets and returns (one query per loader)', async () => {
  const counter = h.stack.subgraphs.service.statements;
  const count = async (n: number) => {
    const before = counter.count;
    expect(dataOf(await entities([...tickets(n), ...returns(n)], agent))._entities).toHaveLength(2 * n);
    return counter.count - before;
  };
  const small = await count(2);
  const large = await count(12);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(10);
});

test('after a merge the merged customer\'s tickets and returns belong to the survivor, and the merged id\'s owner still reads them', async () => {
  const [, , a, b] = customers;
  await h.ok(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: b.id, mergedId: a.id, reason: 'same person' } }, h.tokens.admin);
  await h.stack.settle();
  const view = await h.ok(`query($id: ID!) { customer(id: $id) { tickets { nodes { id } } returns { nodes { id } } } }`, { id: b.id }, h.tokens.agent);
  expect(view.customer.tickets.nodes.map((n: any) => n.id).sort()).toEqual([a.ticketId, b.ticketId].sort());
  expect(view.customer.returns.nodes.map((n: any) => n.id).sort()).toEqual([a.returnId, b.returnId].sort());
  const mine = await h.ok(`query($id: ID!) { ticket(id: $id) { id customer { id } } }`, { id: a.ticketId }, a.token);
  expect(mine.ticket.customer.id).toBe(b.id);
  const [facts] = await h.query(`select merged_into, orders_count, returns_count from service.customer_facts where customer_id = $1`, [b.id]);
  expect(facts).toMatchObject({ merged_into: null, orders_count: 2, returns_count: 2 });
});
