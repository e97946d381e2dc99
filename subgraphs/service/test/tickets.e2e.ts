import { ManualClock } from '@member-graph/common/time';
import { ASSIGN, CHANGE_STATUS, HOUR, move, newCustomer, openTicket, outbox, POST_MESSAGE, TICKET, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svctickets', clock);

describe('ticket state machine', () => {
  test('a complaint goes NEW → ASSIGNED → IN_PROGRESS → WAITING_CUSTOMER → IN_PROGRESS → RESOLVED → CLOSED, one progress row and event per move', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '快递太慢', body: '快递一个星期还没到，物流一直不更新' });
    expect(t).toMatchObject({ status: 'NEW', type: 'COMPLAINT', priority: 'NORMAL', customer: { id: c.id }, progress: [{ seq: 1, status: 'NEW' }] });
    expect(t.history).toBeNull(); // customers do not see the internal history

    const assigned = (await h.ok(ASSIGN, { i: { ticketId: t.id, agentId: 'agent-7', skillGroup: 'logistics' } }, h.tokens.agent)).assignTicket;
    expect(assigned).toMatchObject({ status: 'ASSIGNED', assigneeId: 'agent-7', skillGroup: 'logistics' });
    await move(h, t.id, 'IN_PROGRESS');
    await move(h, t.id, 'WAITING_CUSTOMER', h.tokens.agent, '请提供订单截图');
    await move(h, t.id, 'IN_PROGRESS');
    await move(h, t.id, 'RESOLVED', h.tokens.agent, '已补发');
    const closed = await move(h, t.id, 'CLOSED', c.token); // the customer confirms
    expect(closed.status).toBe('CLOSED');
    expect(closed.progress.map((p: any) => [p.seq, p.status])).toEqual([
      [1, 'NEW'], [2, 'ASSIGNED'], [3, 'IN_PROGRESS'], [4, 'WAITING_CUSTOMER'], [5, 'IN_PROGRESS'], [6, 'RESOLVED'], [7, 'CLOSED'],
    ]);
    const events = await outbox(h, 'ticket.status_changed', t.id);
    expect(events.map((e) => [e.payload.seq, e.payload.from, e.payload.to])).toEqual([
      [2, 'NEW', 'ASSIGNED'], [3, 'ASSIGNED', 'IN_PROGRESS'], [4, 'IN_PROGRESS', 'WAITING_CUSTOMER'], [5, 'WAITING_CUSTOMER', 'IN_PROGRESS'],
      [6, 'IN_PROGRESS', 'RESOLVED'], [7, 'RESOLVED', 'CLOSED'],
    ]);
    expect(await outbox(h, 'ticket.opened', t.id)).toHaveLength(1);
  });

  test('an agent replying to an ASSIGNED ticket starts working it: IN_PROGRESS, one progress row and event; a reply to a NEW ticket moves nothing', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '尺码不对', body: '买的L码像M码' });
    const early = (await h.ok(POST_MESSAGE, { i: { ticketId: t.id, channel: 'APP', body: '您好，已收到' } }, h.tokens.agent)).postTicketMessage;
    expect(early.ticket.status).toBe('NEW');
    await h.ok(ASSIGN, { i: { ticketId: t.id, agentId: 'agent-3', skillGroup: 'quality' } }, h.tokens.agent);
    const reply = (await h.ok(POST_MESSAGE, { i: { ticketId: t.id, channel: 'APP', body: '麻烦提供一下照片' } }, h.tokens.agent)).postTicketMessage;
    expect(reply).toMatchObject({ openedTicket: false, ticket: { id: t.id, status: 'IN_PROGRESS' }, message: { author: 'AGENT' } });
    const again = (await h.ok(POST_MESSAGE, { i: { ticketId: t.id, channel: 'APP', body: '稍等' } }, h.tokens.agent)).postTicketMessage;
    expect(again.ticket.status).toBe('IN_PROGRESS');
    const events = await outbox(h, 'ticket.status_changed', t.id);
    expect(events.map((e) => [e.payload.seq, e.payload.from, e.payload.to])).toEqual([[2, 'NEW', 'ASSIGNED'], [3, 'ASSIGNED', 'IN_PROGRESS']]);
    const seen = (await h.ok(TICKET, { id: t.id }, h.tokens.agent)).ticket;
    expect(seen.progress.map((p: any) => [p.seq, p.status])).toEqual([[1, 'NEW'], [2, 'ASSIGNED'], [3, 'IN_PROGRESS']]);
  });

  test('an invalid transition is INVALID_TRANSITION naming the allowed moves, and changes nothing', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '质量问题', body: '衣服开线了' });
    const res = await h.gql(CHANGE_STATUS, { i: { ticketId: t.id, to: 'RESOLVED' } }, h.tokens.agent);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', details: { from: 'NEW', to: 'RESOLVED', allowed: ['ASSIGNED'] } });
    expect(res.errors?.[0].message).toMatch(/COMPLAINT ticket cannot move from NEW to RESOLVED/);
    // ASSIGNED without an assignee is refused too, and a customer cannot work the ticket
    expect(await h.codes(CHANGE_STATUS, { i: { ticketId: t.id, to: 'ASSIGNED' } }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
    await h.ok(ASSIGN, { i: { ticketId: t.id, skillGroup: 'quality' } }, h.tokens.agent);
    expect(await h.codes(CHANGE_STATUS, { i: { ticketId: t.id, to: 'IN_PROGRESS' } }, c.token)).toEqual(['FORBIDDEN']);
    const after = (await h.ok(TICKET, { id: t.id }, h.tokens.agent)).ticket;
    expect(after.status).toBe('ASSIGNED');
    expect(after.progress.map((p: any) => p.status)).toEqual(['NEW', 'ASSIGNED']);
    expect(await outbox(h, 'ticket.status_changed', t.id)).toHaveLength(1);
  });

  test('a consultation may be answered at once; each type has its own machine', async () => {
    const c = await newCustomer(h);
    const q = await openTicket(h, c.token, { type: 'CONSULTATION' });
    expect((await move(h, q.id, 'RESOLVED')).status).toBe('RESOLVED');
    const a = await openTicket(h, h.tokens.agent, { type: 'AFTER_SALES', customerId: c.id, channel: 'PHONE' });
    expect(await h.codes(CHANGE_STATUS, { i: { ticketId: a.id, to: 'IN_PROGRESS' } }, h.tokens.agent)).toEqual(['INVALID_TRANSITION']);
  });

  test('reopen works within the window after resolution and is REOPEN_WINDOW_CLOSED after it', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'CONSULTATION' });
    await move(h, t.id, 'RESOLVED');
    clock.advance(6 * 24 * HOUR);
    const reopened = await move(h, t.id, 'IN_PROGRESS', c.token, '还是没解决');
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', reopenedCount: 1, resolvedAt: null });
    expect(reopened.history).toBeNull();
    await move(h, t.id, 'RESOLVED');
    await move(h, t.id, 'CLOSED');
    clock.advance(7 * 24 * HOUR + 60_000);
    const res = await h.gql(CHANGE_STATUS, { i: { ticketId: t.id, to: 'IN_PROGRESS' } }, c.token);
    expect(res.errors?.[0].extensions?.code).toBe('REOPEN_WINDOW_CLOSED');
    const after = (await h.ok(TICKET, { id: t.id }, h.tokens.agent)).ticket;
    expect(after.status).toBe('CLOSED');
    expect(after.history.filter((l: any) => l.rule === 'REOPEN')).toHaveLength(1);
  });
});

describe('assignment and roles', () => {
  test('assigning to an agent then a skill group is recorded; marketers are FORBIDDEN on service writes and reads', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'CONSULTATION' });
    await h.ok(ASSIGN, { i: { ticketId: t.id, agentId: 'agent-1' } }, h.tokens.agent);
    const again = (await h.ok(ASSIGN, { i: { ticketId: t.id, skillGroup: 'vip', note: 'VIP desk' } }, h.tokens.admin)).assignTicket;
    expect(again).toMatchObject({ status: 'ASSIGNED', assigneeId: 'agent-1', skillGroup: 'vip' });
    expect(again.history.filter((l: any) => l.kind === 'ASSIGNED').map((l: any) => l.toValue)).toEqual(['agent-1', 'agent-1 / vip']);

    expect(await h.codes(ASSIGN, { i: { ticketId: t.id, agentId: 'x' } }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
    expect(await h.codes(ASSIGN, { i: { ticketId: t.id, agentId: 'x' } }, c.token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(CHANGE_STATUS, { i: { ticketId: t.id, to: 'IN_PROGRESS' } }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
    expect(await h.codes(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { customerId: c.id, type: 'CONSULTATION', channel: 'APP', subject: 's', body: 'b' } }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
    expect(await h.codes(`query($id: ID!) { ticket(id: $id) { id } }`, { id: t.id }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
  });

  test("a customer sees only their own tickets: another customer's ticket answers NOT_FOUND", async () => {
    const a = await newCustomer(h);
    const b = await newCustomer(h);
    const t = await openTicket(h, a.token, { type: 'CONSULTATION' });
    expect(await h.codes(`query($id: ID!) { ticket(id: $id) { id } }`, { id: t.id }, b.token)).toEqual(['NOT_FOUND']);
    expect(await h.codes(CHANGE_STATUS, { i: { ticketId: t.id, to: 'CLOSED' } }, b.token)).toEqual(['NOT_FOUND']);
    expect(await h.codes(POST_MESSAGE, { i: { ticketId: t.id, channel: 'APP', body: 'hi' } }, b.token)).toEqual(['NOT_FOUND']);
    expect(await h.codes(`query($id: ID!) { ticket(id: $id) { id } }`, { id: 'not-a-uuid' }, h.tokens.agent)).toEqual(['NOT_FOUND']);
    // a customer always opens for themself, whatever customerId they send
    const own = await openTicket(h, b.token, { type: 'CONSULTATION', customerId: a.id });
    expect(own.customer.id).toBe(b.id);
    const list = await h.ok(`{ tickets(filter: { status: [NEW] }, first: 100) { nodes { id } } }`, {}, h.tokens.agent);
    expect(list.tickets.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([t.id, own.id]));
    // totalCount counts the whole filtered list, not the page
    const one = await h.ok(`{ tickets(filter: { status: [NEW] }, first: 1) { nodes { id } totalCount } }`, {}, h.tokens.agent);
    expect([one.tickets.nodes.length, one.tickets.totalCount]).toEqual([1, list.tickets.nodes.length]);
    const mine = await h.ok(`query($c: ID!) { tickets(filter: { customerId: $c }, first: 1) { totalCount } }`, { c: b.id }, h.tokens.agent);
    expect(mine.tickets.totalCount).toBe(1);
    expect(await h.codes(`{ tickets { nodes { id } } }`, {}, a.token)).toEqual(['FORBIDDEN']);
  });
});

describe('conversation memory', () => {
  test('messages from any channel join the open ticket; an agent sees earlier tickets and messages across channels in one query', async () => {
    const c = await newCustomer(h, '多渠道');
    const first = (await h.ok(POST_MESSAGE, { i: { channel: 'WECHAT', body: '你好，我的订单什么时候发货？' } }, c.token)).postTicketMessage;
    expect(first).toMatchObject({ openedTicket: true, ticket: { status: 'NEW', channel: 'WECHAT' }, message: { author: 'CUSTOMER', channel: 'WECHAT' } });
    const second = (await h.ok(POST_MESSAGE, { i: { channel: 'APP', body: '补充一下，是上周五下的单' } }, c.token)).postTicketMessage;
    expect(second).toMatchObject({ openedTicket: false, ticket: { id: first.ticket.id } });
    // an agent on the phone, and the official-account bot relaying the customer (system)
    await h.ok(POST_MESSAGE, { i: { ticketId: first.ticket.id, channel: 'PHONE', body: '已为您催促仓库，今天发出' } }, h.tokens.agent);
    await h.ok(POST_MESSAGE, { i: { customerId: c.id, channel: 'OFFICIAL_ACCOUNT', body: '好的谢谢' } }, h.tokens.system);
    await move(h, first.ticket.id, 'RESOLVED');
    await move(h, first.ticket.id, 'CLOSED');
    clock.advance(HOUR);
    const later = (await h.ok(POST_MESSAGE, { i: { channel: 'EMAIL', body: 'Another question: do you ship to Hong Kong?' } }, c.token)).postTicketMessage;
    expect(later.openedTicket).toBe(true);
    expect(await h.codes(POST_MESSAGE, { i: { ticketId: first.ticket.id, channel: 'APP', body: '再问一下' } }, c.token)).toEqual(['TICKET_CLOSED']);

    const view = await h.ok(
      `query($id: ID!) { customer(id: $id) { id name tickets(first: 10) { nodes { id status channel messages { author channel body } } } } }`,
      { id: c.id },
      h.tokens.agent,
    );
    const tickets = view.customer.tickets.nodes;
    expect(tickets.map((t: any) => t.id)).toEqual([later.ticket.id, first.ticket.id]);
    expect(tickets[1].messages.map((m: any) => [m.author, m.channel])).toEqual([
      ['CUSTOMER', 'WECHAT'], ['CUSTOMER', 'APP'], ['AGENT', 'PHONE'], ['CUSTOMER', 'OFFICIAL_ACCOUNT'],
    ]);
    expect(tickets[0].messages).toEqual([{ author: 'CUSTOMER', channel: 'EMAIL', body: 'Another question: do you ship to Hong Kong?' }]);
    // the customer sees the same through their own token; a marketer gets FORBIDDEN on the field and the rest of the query
    const own = await h.ok(`query($id: ID!) { customer(id: $id) { tickets { nodes { id } } } }`, { id: c.id }, c.token);
    expect(own.customer.tickets.nodes).toHaveLength(2);
    const marketer = await h.gql(`query($id: ID!) { customer(id: $id) { id tickets { nodes { id } } } }`, { id: c.id }, h.tokens.marketer);
    expect(marketer.data?.customer).toEqual({ id: c.id, tickets: null });
    expect(marketer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a customer reply to a ticket waiting for them moves it back to IN_PROGRESS', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'CONSULTATION' });
    await move(h, t.id, 'IN_PROGRESS');
    await move(h, t.id, 'WAITING_CUSTOMER', h.tokens.agent, '请发照片');
    const reply = (await h.ok(POST_MESSAGE, { i: { channel: 'MINI_PROGRAM', body: '照片已上传' } }, c.token)).postTicketMessage;
    expect(reply.ticket).toMatchObject({ id: t.id, status: 'IN_PROGRESS' });
  });
});
