import { type BusEvent } from '@member-graph/common/events';
import { ManualClock } from '@member-graph/common/time';
import { COMPLAINT_CATEGORIES } from '../src/classifier';
import { serviceConsumers, SERVICE_CONSUMER } from '../src/consumers';
import { ASSIGN, eventually, move, newCustomer, openTicket, POST_MESSAGE, recordOrder, TICKET, useServiceStack } from './support';

/**
 * Erasure, the service subgraph's part (PIPL Art. 47, DESIGN §7): an admin erases a customer through the
 * gateway; once `customer.erased` is consumed, every free text of their tickets, messages, history,
 * progress, returns, survey comments and outbox notes is redacted, the classifier corrections taken from
 * their tickets and their customer facts are deleted (the classifier forgets them), customers merged into
 * them included; what staff statistics count stays; other customers are untouched; redelivery changes nothing.
 */
const clock = new ManualClock('2026-03-02T02:00:00.000Z'); // 10:00 in Shanghai
const h = useServiceStack('svcerasure', clock);

const ERASED = '[erased]';
const ERASE = `mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { customerId formerIds } }`;
const MERGE = `mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`;
const CORRECT = `mutation($i: CorrectTicketCategoryInput!) { correctTicketCategory(input: $i) { id category } }`;
const ANSWER = `mutation($i: AnswerSurveyInput!) { answerSurvey(input: $i) { id recoveryTicketId } }`;
const OPEN_RETURN = `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id stage } }`;
const ADVANCE = `mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id stage } }`;
const REPORT = `query($i: SatisfactionReportInput!) { satisfactionReport(input: $i) { periodStart responses csatAverage nps detractors } }`;
const RETURN = `query($id: ID!) { returnRequest(id: $id) { stage reason photoUrls amount courier trackingNo lines { sku quantity amount } progress { stage note } } }`;

/** Text only the erased person wrote or that was written about them; none of it may stay in schema service. */
const PERSONAL = ['张三', '13800138000', '幸福路', '蓝莓果酱', 'blueberry', 'zhangsan', 'SF1234567890', '门卫'];
const JAM = '张三的蓝莓果酱瓶盖拧不开 The blueberry jam lid will not twist open';

const world = {} as {
  erased: { id: string; token: string };
  former: { id: string; token: string };
  bystander: { id: string; token: string };
  ticketIds: string[];
  complaint: { id: string; category: string };
  target: string;
  returnId: string;
  bystanderTicketId: string;
  report: unknown;
};

const rows = (sql: string, ids: string[]) => h.query(sql, [ids]);
const services = () => h.stack.subgraphs.service.services;

/** Every row of every table of schema service and every event service put on the bus, as text (what the person could still be found in). */
async function everything(): Promise<string[]> {
  const tables = await h.query<{ t: string }>(`select table_name as t from information_schema.tables where table_schema = 'service' and table_type = 'BASE TABLE' order by 1`);
  const all: string[] = [];
  for (const { t } of tables) for (const r of await h.query<{ row: string }>(`select x::text as row from service.${t} x order by 1`)) all.push(`${t}: ${r.row}`);
  // and the events service published on the bus
  for (const r of await h.query<{ row: string }>(`select x::text as row from bus.events x where source = 'service' order by seq`)) all.push(`bus: ${r.row}`);
  return all;
}

/** The customer's rows of each table that erasure redacts or deletes (one snapshot, before and after). */
async function snapshot(customerIds: string[]) {
  const byTicket = (table: string, order: string) =>
    rows(`select * from service.${table} where ticket_id in (select id from service.tickets where customer_id = any($1::uuid[])) order by ${order}`, customerIds);
  const byReturn = (table: string, order: string) =>
    rows(`select * from service.${table} where return_id in (select id from service.returns where customer_id = any($1::uuid[])) order by ${order}`, customerIds);
  return {
    tickets: await rows(`select * from service.tickets where customer_id = any($1::uuid[]) order by id`, customerIds),
    messages: await byTicket('ticket_messages', 'id'),
    history: await byTicket('ticket_history', 'id'),
    ticketProgress: await byTicket('ticket_progress', 'ticket_id, seq'),
    queue: await byTicket('ticket_queue', 'seq'),
    corrections: await byTicket('classifier_corrections', 'id'),
    returns: await rows(`select * from service.returns where customer_id = any($1::uuid[]) order by id`, customerIds),
    returnLines: await byReturn('return_lines', 'return_id, sku'),
    returnProgress: await byReturn('return_progress', 'return_id, seq'),
    surveys: await rows(`select * from service.surveys where customer_id = any($1::uuid[]) order by id`, customerIds),
    customerFacts: await rows(`select * from service.customer_facts where customer_id = any($1::uuid[]) order by customer_id`, customerIds),
    orderFacts: await rows(`select * from service.order_facts where customer_id = any($1::uuid[]) order by order_id`, customerIds),
    notes: await h.query(
      `select aggregate_id, payload from service.outbox where type in ('ticket.status_changed', 'return.stage_changed')
        and payload->>'customerId' = any($1::text[]) order by id`,
      [customerIds],
    ),
  };
}

const redact = (value: string | null) => (value === null ? null : ERASED);

let before: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  const former = await newCustomer(h, '张三旧账号');
  const erased = await newCustomer(h, '张三');
  const bystander = await newCustomer(h, '李四');
  Object.assign(world, { former, erased, bystander });

  // a ticket of an account later merged into the erased customer
  const old = await openTicket(h, former.token, { subject: '张三的旧问题', body: '我住在幸福路8号' });
  await h.ok(MERGE, { i: { survivorId: erased.id, mergedId: former.id, reason: 'same person' } }, h.tokens.admin);
  await h.stack.settle();

  // a consultation with messages both ways, notes, closed, with a low survey answer (opens a recovery ticket)
  const orderId = await recordOrder(h, erased.id, [{ sku: 'TEE', quantity: 2, amount: '100.00' }], clock.now());
  const consult = await openTicket(h, erased.token, { channel: 'WECHAT', subject: '张三的快递地址', body: '我是张三，电话13800138000，请改地址' });
  await h.ok(POST_MESSAGE, { i: { ticketId: consult.id, channel: 'WECHAT', body: '补充：放在门卫' } }, erased.token);
  await h.ok(ASSIGN, { i: { ticketId: consult.id, agentId: 'agent-1', note: '张三是老客户' } }, h.tokens.agent);
  await h.ok(POST_MESSAGE, { i: { ticketId: consult.id, channel: 'WECHAT', body: '您好张三，已为您修改地址' } }, h.tokens.agent);
  await move(h, consult.id, 'RESOLVED', h.tokens.agent, '已告知张三');
  await move(h, consult.id, 'CLOSED', erased.token);
  const surveyId = (await h.ok(TICKET, { id: consult.id }, erased.token)).ticket.survey.id;
  const answer = (await h.ok(ANSWER, { i: { surveyId, csat: 2, nps: 5, ces: 6, comment: '张三觉得客服太慢' } }, erased.token)).answerSurvey;
  expect(answer.recoveryTicketId).toEqual(expect.any(String));

  // a complaint whose category an agent corrects: the correction (with the customer's text) is training data
  const complaint = await openTicket(h, erased.token, { type: 'COMPLAINT', subject: '果酱', body: JAM });
  const target = COMPLAINT_CATEGORIES.find((k) => k !== complaint.category && k !== 'OTHER')!;
  await h.ok(CORRECT, { i: { ticketId: complaint.id, category: target, note: '张三 mis-filed' } }, h.tokens.agent);
  expect(services().categorisation.classify(`果酱\n${JAM}`).category).toBe(target);

  // a return with a reason, photos, and a shipment with its tracking number
  const r = (await h.ok(OPEN_RETURN, { i: { orderId, lines: [{ sku: 'TEE', quantity: 1 }], reason: '张三穿着太小', photoUrls: ['https://img.example.com/zhangsan-1.jpg'] } }, erased.token)).openReturn;
  expect(r.stage).toBe('APPROVED');
  await h.ok(ADVANCE, { i: { returnId: r.id, to: 'SHIPPED_BACK', courier: 'SF Express', trackingNo: 'SF1234567890', note: '放在门卫' } }, erased.token);

  // someone else's ticket, corrected complaint and survey stay as they are
  const theirs = await openTicket(h, bystander.token, { type: 'COMPLAINT', subject: '发票', body: '李四需要增值税专用发票，抬头怎么改' });
  await h.ok(ASSIGN, { i: { ticketId: theirs.id, agentId: 'agent-1', note: '李四 VIP' } }, h.tokens.agent);
  await h.ok(CORRECT, { i: { ticketId: theirs.id, category: 'OTHER' } }, h.tokens.agent);
  await h.stack.settle();

  const report = (await h.ok(REPORT, { i: { from: '2026-03-02', to: '2026-03-02', period: 'DAY' } }, h.tokens.agent)).satisfactionReport;
  expect(report).toEqual([{ periodStart: '2026-03-02', responses: 1, csatAverage: 2, nps: -100, detractors: 1 }]);
  const ticketIds = (await rows(`select id from service.tickets where customer_id = any($1::uuid[]) order by id`, [erased.id])).map((t: any) => t.id);
  expect(ticketIds).toHaveLength(4); // the merged account's, the consultation, the recovery ticket, the complaint
  expect(ticketIds).toContain(old.id);
  Object.assign(world, { ticketIds, complaint, target, returnId: r.id, bystanderTicketId: theirs.id, report });

  before = await snapshot([erased.id, former.id]);
  expect((await everything()).filter((row) => PERSONAL.some((p) => row.includes(p))).length).toBeGreaterThan(0);
  expect(before.corrections).toHaveLength(1);
  expect(before.customerFacts.length).toBeGreaterThan(0);
  expect(before.notes.some((e: any) => e.payload.note)).toBe(true);

  const erasure = (await h.ok(ERASE, { id: erased.id, reason: 'PIPL request 42' }, h.tokens.admin)).eraseCustomer;
  expect(erasure).toEqual({ customerId: erased.id, formerIds: [former.id] });
  await h.stack.settle();
});

test('no text that describes the person is left anywhere in schema service', async () => {
  const left = (await everything()).filter((row) => PERSONAL.some((p) => row.includes(p)));
  expect(left).toEqual([]);
});

test('free text is replaced by the marker, everything staff statistics count stays as it was', async () => {
  const after = await snapshot([world.erased.id, world.former.id]);
  expect(after.tickets).toEqual(before.tickets.map((t: any) => ({ ...t, subject: ERASED })));
  expect(after.messages).toEqual(before.messages.map((m: any) => ({ ...m, body: ERASED })));
  expect(after.history).toEqual(before.history.map((l: any) => ({ ...l, note: redact(l.note) })));
  expect(after.ticketProgress).toEqual(before.ticketProgress.map((p: any) => ({ ...p, note: redact(p.note) })));
  expect(after.queue).toEqual(before.queue);
  expect(after.returns).toEqual(before.returns.map((r: any) => ({ ...r, reason: ERASED, tracking_no: redact(r.tracking_no), photo_urls: [] })));
  expect(after.returnLines).toEqual(before.returnLines);
  expect(after.returnProgress).toEqual(before.returnProgress.map((p: any) => ({ ...p, note: redact(p.note) })));
  expect(after.surveys).toEqual(before.surveys.map((s: any) => ({ ...s, comment: redact(s.comment) })));
  expect(after.surveys.filter((s: any) => s.answered_at)).toMatchObject([{ csat: 2, nps: 5, ces: 6, comment: ERASED }]);
  expect(after.orderFacts).toEqual(before.orderFacts);
  expect(after.notes).toEqual(before.notes.map((e: any) => ({ ...e, payload: { ...e.payload, note: redact(e.payload.note) } })));
  // deleted: the training data taken from their tickets and the facts kept per customer
  expect(after.corrections).toEqual([]);
  expect(after.customerFacts).toEqual([]);
});

test('staff still see the structure through the gateway, and the satisfaction report still counts the score', async () => {
  const { ticket } = await h.ok(TICKET, { id: world.complaint.id }, h.tokens.agent);
  expect(ticket).toMatchObject({ type: 'COMPLAINT', status: 'NEW', subject: ERASED, category: world.target, categorySource: 'AGENT', messages: [{ author: 'CUSTOMER', body: ERASED }] });
  expect(ticket.history.find((l: any) => l.kind === 'CATEGORY_CORRECTED')).toMatchObject({ toValue: world.target, rule: 'AGENT_CORRECTION', note: ERASED });
  const { returnRequest } = await h.ok(RETURN, { id: world.returnId }, h.tokens.agent);
  expect(returnRequest).toMatchObject({ stage: 'SHIPPED_BACK', reason: ERASED, photoUrls: [], amount: '50.00', courier: 'SF Express', trackingNo: ERASED, lines: [{ sku: 'TEE', quantity: 1, amount: '50.00' }] });
  expect(returnRequest.progress.map((p: any) => [p.stage, p.note])).toEqual([['REQUESTED', ERASED], ['APPROVED', ERASED], ['SHIPPED_BACK', ERASED]]);
  const report = (await h.ok(REPORT, { i: { from: '2026-03-02', to: '2026-03-02', period: 'DAY' } }, h.tokens.agent)).satisfactionReport;
  expect(report).toEqual(world.report);
});

test('the classifier forgets the deleted correction at once; the other customer keeps theirs', async () => {
  const { categorisation } = services();
  await eventually(() => categorisation.classify(`果酱\n${JAM}`).category !== world.target, 'the classifier is retrained without the correction');
  expect(categorisation.classify(`果酱\n${JAM}`).category).toBe(world.complaint.category);
  expect(await h.query(`select ticket_id from service.classifier_corrections`)).toEqual([{ ticket_id: world.bystanderTicketId }]);
  expect(await categorisation.start()).toEqual({ shipped: 875, corrections: 1 });
});

test("other customers' tickets keep their text", async () => {
  const { ticket } = await h.ok(TICKET, { id: world.bystanderTicketId }, h.tokens.agent);
  expect(ticket).toMatchObject({ subject: '发票', customer: { id: world.bystander.id }, messages: [{ body: '李四需要增值税专用发票，抬头怎么改' }] });
  expect(ticket.history.find((l: any) => l.kind === 'ASSIGNED').note).toBe('李四 VIP');
});

test('redelivering customer.erased changes nothing', async () => {
  const [row] = await h.query(`select * from bus.events where type = 'customer.erased'`);
  const event = {
    seq: Number(row.seq),
    id: row.id,
    type: row.type,
    aggregateId: row.aggregate_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: row.actor,
    payload: row.payload,
    source: row.source,
  } as BusEvent<'customer.erased'>;
  const handle = serviceConsumers(services())[SERVICE_CONSUMER]['customer.erased']!;
  const state = await everything();
  await h.stack.subgraphs.service.dataSource.transaction((tx) => handle(event, tx));
  await h.stack.settle();
  expect(await everything()).toEqual(state);
});

test('data still under a former id (a merge service never applied) is erased too; ids that are no customer are ignored', async () => {
  const survivor = await newCustomer(h, '王五');
  const former = await newCustomer(h, '王五旧号');
  const t = await openTicket(h, former.token, { subject: '王五的地址', body: '王五住在幸福路9号' });
  await h.ok(POST_MESSAGE, { i: { ticketId: t.id, channel: 'APP', body: '王五补充' } }, former.token);
  const handle = serviceConsumers(services())[SERVICE_CONSUMER]['customer.erased']!;
  const event = { seq: 0, id: '00000000-0000-4000-8000-000000000001', type: 'customer.erased', aggregateId: survivor.id, occurredAt: clock.now().toISOString(), actor: null, source: 'customer' };
  await h.stack.subgraphs.service.dataSource.transaction((tx) =>
    handle({ ...event, payload: { customerId: survivor.id, formerIds: [former.id, 'not-a-customer'] } } as BusEvent<'customer.erased'>, tx),
  );
  const [ticket] = await h.query(`select customer_id, subject, type, status from service.tickets where id = $1`, [t.id]);
  expect(ticket).toEqual({ customer_id: former.id, subject: ERASED, type: 'CONSULTATION', status: 'NEW' });
  expect(await h.query(`select body from service.ticket_messages where ticket_id = $1 order by id`, [t.id])).toEqual([{ body: ERASED }, { body: ERASED }]);
  expect((await everything()).filter((r) => r.includes('王五'))).toEqual([]);
});
