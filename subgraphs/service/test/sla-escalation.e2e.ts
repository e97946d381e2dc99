import { ManualClock } from '@member-graph/common/time';
import { HOUR, move, newCustomer, openTicket, outbox, POST_MESSAGE, recordOrder, TICKET, useServiceStack, type ServiceHarness } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcsla', clock, ['customer', 'loyalty', 'service']);

const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
const detect = () => h.stack.subgraphs.service.services.sla.detectBreaches();

/** A customer whose loyalty tier is `tier` (reached through a paid order; service learns it from loyalty.tier_changed). */
async function customerAtTier(harness: ServiceHarness, amount: string) {
  const c = await newCustomer(harness);
  const orderId = await recordOrder(harness, c.id, [{ sku: 'BIG', quantity: 1, amount }], clock.now());
  return { ...c, orderId };
}

describe('SLA targets', () => {
  test('targets follow the priority (NORMAL 8 h / 72 h, URGENT 30 min / 4 h)', async () => {
    const c = await newCustomer(h);
    const normal = await openTicket(h, c.token, { type: 'CONSULTATION' });
    expect(normal.sla).toMatchObject({ firstResponseDueAt: at(8 * HOUR), resolutionDueAt: at(72 * HOUR), tier: null, paused: false });
    const urgent = await openTicket(h, h.tokens.agent, { type: 'CONSULTATION', customerId: c.id, priority: 'URGENT', channel: 'PHONE' });
    expect(urgent.sla).toMatchObject({ firstResponseDueAt: at(30 * 60_000), resolutionDueAt: at(4 * HOUR) });
    const low = await openTicket(h, h.tokens.agent, { type: 'CONSULTATION', customerId: c.id, priority: 'LOW' });
    expect(low.sla).toMatchObject({ firstResponseDueAt: at(24 * HOUR), resolutionDueAt: at(120 * HOUR) });
  });

  test('a DIAMOND customer (tier learnt from loyalty events) gets a first response within 2 hours whatever the priority', async () => {
    const vip = await customerAtTier(h, '20000.00');
    const [facts] = await h.query(`select tier from service.customer_facts where customer_id = $1`, [vip.id]);
    expect(facts.tier).toBe('DIAMOND');
    const t = await openTicket(h, vip.token, { type: 'CONSULTATION' });
    expect(t.sla).toMatchObject({ tier: 'DIAMOND', firstResponseDueAt: at(2 * HOUR), resolutionDueAt: at(24 * HOUR) });
    const low = await openTicket(h, h.tokens.agent, { type: 'CONSULTATION', customerId: vip.id, priority: 'LOW' });
    expect(low.sla).toMatchObject({ firstResponseDueAt: at(2 * HOUR), resolutionDueAt: at(24 * HOUR) });
  });

  test('the clock pauses in WAITING_CUSTOMER: due times move by the time spent waiting', async () => {
    const c = await newCustomer(h);
    const t = await openTicket(h, c.token, { type: 'CONSULTATION' });
    const firstDue = Date.parse(t.sla.firstResponseDueAt);
    const resolutionDue = Date.parse(t.sla.resolutionDueAt);
    await move(h, t.id, 'IN_PROGRESS');
    clock.advance(HOUR);
    const waiting = await move(h, t.id, 'WAITING_CUSTOMER', h.tokens.agent, '请补充信息');
    expect(waiting.sla.paused).toBe(true);
    clock.advance(10 * HOUR); // past the first-response due time, but paused: no breach
    await detect();
    expect(await outbox(h, 'ticket.sla_breached', t.id)).toEqual([]);
    const back = await move(h, t.id, 'IN_PROGRESS');
    expect(back.sla).toMatchObject({ paused: false, firstResponseBreached: false });
    expect(Date.parse(back.sla.firstResponseDueAt)).toBe(firstDue + 10 * HOUR);
    expect(Date.parse(back.sla.resolutionDueAt)).toBe(resolutionDue + 10 * HOUR);
  });
});

describe('SLA breach job', () => {
  test('a missed first response is emitted once as ticket.sla_breached (the job runs twice), sets the manager follow-up and puts ESCALATED on the queue; an answered ticket is not breached', async () => {
    const c = await newCustomer(h);
    const late = await openTicket(h, c.token, { type: 'CONSULTATION', subject: '没人理我' });
    const answered = await openTicket(h, h.tokens.agent, { type: 'CONSULTATION', customerId: c.id });
    await h.ok(POST_MESSAGE, { i: { ticketId: answered.id, channel: 'WECHAT', body: '您好，马上为您处理' } }, h.tokens.agent);
    clock.advance(8 * HOUR + 60_000);
    await detect();
    await detect(); // idempotent
    const breaches = (await outbox(h, 'ticket.sla_breached')).filter((e) => [late.id, answered.id].includes(e.aggregate_id));
    expect(breaches.map((e) => [e.aggregate_id, e.payload.kind])).toEqual([[late.id, 'FIRST_RESPONSE']]);
    expect(breaches[0].payload).toMatchObject({ customerId: c.id, priority: 'NORMAL', dueAt: late.sla.firstResponseDueAt });
    const view = (await h.ok(TICKET, { id: late.id }, h.tokens.agent)).ticket;
    expect(view.sla).toMatchObject({ firstResponseBreached: true, resolutionBreached: false });
    expect(view.history.filter((l: any) => l.kind === 'SLA_BREACHED').map((l: any) => l.rule)).toEqual(['FIRST_RESPONSE']);
    // the breach reaches people: manager follow-up, and ESCALATED on the agents' queue (once per detected breach)
    expect(view.managerFollowUp).toBe(true);
    const queue = async (ticketId: string) => (await h.query(`select kind from service.ticket_queue where ticket_id = $1 order by seq`, [ticketId])).map((q) => q.kind);
    expect(await queue(late.id)).toEqual(['NEW', 'ESCALATED']);
    expect(await queue(answered.id)).toEqual(['NEW']);
    const ok = (await h.ok(TICKET, { id: answered.id }, h.tokens.agent)).ticket;
    expect(ok.sla.firstResponseBreached).toBe(false);
    expect(ok.sla.firstRespondedAt).not.toBeNull();

    clock.advance(64 * HOUR);
    await detect();
    await detect();
    const again = (await outbox(h, 'ticket.sla_breached', late.id)).map((e) => e.payload.kind);
    expect(again).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    expect(await queue(late.id)).toEqual(['NEW', 'ESCALATED', 'ESCALATED']);
  });
});

describe('escalation rules', () => {
  const escalations = async (ticketId: string) => (await outbox(h, 'ticket.escalated', ticketId)).map((e) => e.payload);

  test('a complaint about an order of ¥1000 or more: priority HIGH, manager follow-up, the rule in the history and on the queue', async () => {
    const c = await newCustomer(h);
    const orderId = await recordOrder(h, c.id, [{ sku: 'COAT', quantity: 1, amount: '1200.00' }], clock.now());
    const t = await openTicket(h, c.token, { type: 'COMPLAINT', orderId, subject: '大衣质量问题', body: '新买的大衣掉毛严重' });
    expect(t).toMatchObject({ priority: 'HIGH', managerFollowUp: true, escalationRules: ['HIGH_VALUE_ORDER_COMPLAINT'], orderId });
    const staff = (await h.ok(TICKET, { id: t.id }, h.tokens.agent)).ticket;
    expect(staff.history.find((l: any) => l.kind === 'ESCALATED')).toMatchObject({ rule: 'HIGH_VALUE_ORDER_COMPLAINT', fromValue: 'NORMAL', toValue: 'HIGH' });
    expect(await escalations(t.id)).toEqual([
      { ticketId: t.id, customerId: c.id, rules: ['HIGH_VALUE_ORDER_COMPLAINT'], fromPriority: 'NORMAL', toPriority: 'HIGH', managerFollowUp: true },
    ]);
    expect(t.sla.firstResponseDueAt).toBe(at(2 * HOUR)); // HIGH targets
    const queue = await h.query(`select kind from service.ticket_queue where ticket_id = $1 order by seq`, [t.id]);
    expect(queue.map((q) => q.kind)).toEqual(['NEW', 'ESCALATED']);
    // a small order does not escalate; an order of someone else is NOT_FOUND
    const small = await recordOrder(h, c.id, [{ sku: 'SOCKS', quantity: 1, amount: '29.00' }], clock.now());
    const calm = await openTicket(h, c.token, { type: 'CONSULTATION', orderId: small });
    expect(calm).toMatchObject({ priority: 'NORMAL', managerFollowUp: false, escalationRules: [] });
    const other = await newCustomer(h);
    expect(await h.codes(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'COMPLAINT', channel: 'APP', subject: 's', body: 'b', orderId } }, other.token)).toEqual(['NOT_FOUND']);
  });

  test('a second complaint within 30 days escalates; one after 30 days does not', async () => {
    const c = await newCustomer(h);
    const first = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '客服态度差', body: '客服态度很差' });
    expect(first.escalationRules).toEqual([]);
    clock.advance(31 * 24 * HOUR);
    const second = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '又发错货', body: '收到的颜色不对' });
    expect(second.escalationRules).toEqual([]);
    clock.advance(10 * 24 * HOUR);
    const third = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '退款没到', body: '退款一周了还没到账' });
    expect(third).toMatchObject({ priority: 'HIGH', managerFollowUp: true, escalationRules: ['REPEAT_COMPLAINT_30_DAYS'] });
    const staff = (await h.ok(TICKET, { id: third.id }, h.tokens.agent)).ticket;
    expect(staff.history.find((l: any) => l.kind === 'ESCALATED')).toMatchObject({ rule: 'REPEAT_COMPLAINT_30_DAYS', note: expect.stringContaining('1 earlier COMPLAINT') });
  });

  test('a complaint by a GOLD customer escalates (tier from loyalty events); their consultations do not; rules combine', async () => {
    const gold = await customerAtTier(h, '5000.00');
    const t = await openTicket(h, gold.token, { type: 'COMPLAINT', subject: '尺码不对', body: '裤子太小了' });
    expect(t).toMatchObject({ priority: 'HIGH', managerFollowUp: true, escalationRules: ['GOLD_OR_ABOVE_COMPLAINT'] });
    const q = await openTicket(h, gold.token, { type: 'CONSULTATION' });
    expect(q.escalationRules).toEqual([]);
    const both = await openTicket(h, gold.token, { type: 'COMPLAINT', orderId: gold.orderId, subject: '大额订单投诉', body: '东西坏了' });
    expect(both.escalationRules).toEqual(['HIGH_VALUE_ORDER_COMPLAINT', 'REPEAT_COMPLAINT_30_DAYS', 'GOLD_OR_ABOVE_COMPLAINT']);
    const staff = (await h.ok(TICKET, { id: both.id }, h.tokens.agent)).ticket;
    expect(staff.history.filter((l: any) => l.kind === 'ESCALATED').map((l: any) => l.rule)).toEqual(both.escalationRules);
  });
});
