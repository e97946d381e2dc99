import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { useTestStack } from '../../../scripts/stack';
import { newCustomer } from '../../../scripts/stack/fixtures';

/**
 * "Delete my account" (issue 15): the customer asks, waits out the cooling-off period (7 days by
 * default) and may cancel meanwhile; then the scheduled job runs the existing erasure, and every token of
 * that customer id is refused (ACCOUNT_ERASED) by every subgraph, for reads and for writes such as
 * opening a ticket under the old id, through the gateway.
 */
const clock = new ManualClock('2026-03-01T02:00:00.000Z');
const h = useTestStack('account-deletion', { clock, subgraphs: ['customer', 'service'] });

const REQUEST = `mutation { requestAccountDeletion { id requestedAt erasesAt status closedAt } }`;
const CANCEL = `mutation { cancelAccountDeletion { id status closedAt } }`;
const MINE = `query { me { id deletionRequest { id requestedAt erasesAt status closedAt } } }`;
const OF = `query($id: ID!) { customer(id: $id) { id deletionRequest { id status erasesAt } } }`;
const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id subject } }`;
const ticketInput = { channel: 'APP', type: 'CONSULTATION', subject: '咨询', body: '请问发货时间？' };
const deletions = () => h.stack.subgraphs.customer.services.deletions;

async function member() {
  const id = await newCustomer(h);
  return { id, token: await h.stack.token('customer', id) };
}

test('a customer asks, sees the request and cancels it; asking twice answers the pending one; staff cannot ask for them', async () => {
  const c = await member();
  const asked = (await h.ok(REQUEST, {}, c.token)).requestAccountDeletion;
  expect(asked).toEqual({
    id: expect.any(String),
    requestedAt: clock.now().toISOString(),
    erasesAt: new Date(clock.now().getTime() + 7 * DAY_MS).toISOString(),
    status: 'PENDING',
    closedAt: null,
  });
  expect((await h.ok(REQUEST, {}, c.token)).requestAccountDeletion.id).toBe(asked.id);
  expect((await h.ok(MINE, {}, c.token)).me.deletionRequest).toEqual(asked);
  expect((await h.ok(OF, { id: c.id }, h.tokens.agent)).customer.deletionRequest).toEqual({ id: asked.id, status: 'PENDING', erasesAt: asked.erasesAt });
  expect(await h.codes(OF, { id: c.id }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
  expect(await h.codes(REQUEST, {}, h.tokens.admin)).toEqual(['FORBIDDEN']);
  expect(await h.codes(CANCEL, {}, h.tokens.admin)).toEqual(['FORBIDDEN']);

  clock.advance(DAY_MS);
  expect((await h.ok(CANCEL, {}, c.token)).cancelAccountDeletion).toEqual({ id: asked.id, status: 'CANCELLED', closedAt: clock.now().toISOString() });
  expect(await h.codes(CANCEL, {}, c.token)).toEqual(['NO_PENDING_DELETION']);
  expect((await h.ok(MINE, {}, c.token)).me.deletionRequest).toMatchObject({ id: asked.id, status: 'CANCELLED' });

  clock.advance(30 * DAY_MS);
  expect(await deletions().eraseDue()).toBe(0); // a cancelled request is never carried out
  expect((await h.ok(MINE, {}, c.token)).me.id).toBe(c.id);
  const again = (await h.ok(REQUEST, {}, c.token)).requestAccountDeletion;
  expect(again).toMatchObject({ status: 'PENDING' });
  expect(again.id).not.toBe(asked.id);
  expect((await h.ok(CANCEL, {}, c.token)).cancelAccountDeletion.status).toBe('CANCELLED');
});

test('after the cooling-off period the job erases the account; its old token is refused everywhere, reads and writes', async () => {
  const c = await member();
  const other = await member();
  const ticket = (await h.ok(OPEN_TICKET, { i: ticketInput }, c.token)).openTicket;
  await h.settle();
  const asked = (await h.ok(REQUEST, {}, c.token)).requestAccountDeletion;
  clock.advance(DAY_MS);
  await h.ok(REQUEST, {}, other.token); // due a day later: stays

  clock.advance(6 * DAY_MS - 1);
  expect(await deletions().eraseDue()).toBe(0);
  expect((await h.ok(MINE, {}, c.token)).me.deletionRequest.status).toBe('PENDING');
  clock.advance(1);
  expect(await h.codes(CANCEL, {}, c.token)).toEqual(['NO_PENDING_DELETION']); // due: no longer cancellable
  expect(await deletions().eraseDue()).toBe(1);
  expect(await deletions().eraseDue()).toBe(0); // idempotent

  const sql = (q: string, p: unknown[]) => h.stack.subgraphs.customer.dataSource.query(q, p);
  expect(await sql(`select status, name from customer.customers where id = $1`, [c.id])).toEqual([{ status: 'ERASED', name: null }]);
  expect(await sql(`select actor_id, actor_role, reason from customer.erasures where customer_id = $1`, [c.id])).toEqual([
    { actor_id: 'account-deletion', actor_role: 'system', reason: `account deletion request ${asked.id} (the customer's own)` },
  ]);
  expect(await sql(`select status, closed_at from customer.deletion_requests where id = $1`, [asked.id])).toEqual([{ status: 'ERASED', closed_at: clock.now() }]);

  // the customer subgraph refuses at once (the erasure's own transaction); a token minted now for the old id too
  expect(await h.codes(MINE, {}, c.token)).toEqual(['ACCOUNT_ERASED']);
  expect(await h.codes(MINE, {}, await h.stack.token('customer', c.id))).toEqual(['ACCOUNT_ERASED']);
  expect(await h.codes(REQUEST, {}, c.token)).toEqual(['ACCOUNT_ERASED']);
  // the service subgraph, once customer.erased reached it: no ticket opened or read under the old id
  await h.settle();
  expect(await h.codes(OPEN_TICKET, { i: ticketInput }, c.token)).toEqual(['ACCOUNT_ERASED']);
  expect(await h.codes(TICKET, { id: ticket.id }, c.token)).toEqual(['ACCOUNT_ERASED']);
  const tickets = await h.stack.subgraphs.service.dataSource.query(`select count(*)::int as n from service.tickets where customer_id = $1`, [c.id]);
  expect(tickets).toEqual([{ n: 1 }]);
  // everyone else carries on: the other member (not yet due), staff
  expect((await h.ok(MINE, {}, other.token)).me.deletionRequest.status).toBe('PENDING');
  expect((await h.ok(OPEN_TICKET, { i: ticketInput }, other.token)).openTicket.id).toEqual(expect.any(String));
  expect((await h.ok(TICKET, { id: ticket.id }, h.tokens.agent)).ticket.id).toBe(ticket.id);

  clock.advance(DAY_MS);
  expect(await deletions().eraseDue()).toBe(1);
  expect(await h.codes(MINE, {}, other.token)).toEqual(['ACCOUNT_ERASED']);
});
