import { ManualClock } from '@member-graph/common/time';
import { COMPLAINT_CATEGORIES } from '../src/classifier';
import { startServiceSubgraph } from '../src/app';
import { eventually, newCustomer, openTicket, TICKET, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svccategory', clock);

const CORRECT = `mutation($i: CorrectTicketCategoryInput!) { correctTicketCategory(input: $i) { id category categoryConfidence categorySource } }`;

test('a complaint is classified when it opens (Chinese and English); other types are not', async () => {
  const c = await newCustomer(h);
  const zh = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '物流太慢', body: '下单一个星期了还显示待发货，快递到底什么时候到？' });
  expect(zh).toMatchObject({ category: 'LOGISTICS_DELAY', categorySource: 'CLASSIFIER' });
  expect(zh.categoryConfidence).toBeGreaterThan(0.3);
  const en = await openTicket(h, c.token, { type: 'COMPLAINT', subject: 'Refund', body: 'I returned the item two weeks ago and still have not received my refund.' });
  expect(en.category).toBe('REFUND');
  const staff = (await h.ok(TICKET, { id: en.id }, h.tokens.agent)).ticket;
  expect(staff.history.find((l: any) => l.kind === 'CATEGORISED')).toMatchObject({ toValue: 'REFUND', rule: 'CLASSIFIER' });
  const q = await openTicket(h, c.token, { type: 'CONSULTATION', body: '快递什么时候到？' });
  expect(q).toMatchObject({ category: null, categoryConfidence: null, categorySource: null });
});

test("an agent's correction is stored as training data, learnt at once, and used again after a restart", async () => {
  const c = await newCustomer(h);
  const text = '蓝莓果酱的瓶盖拧不开 The blueberry jam lid will not twist open';
  const before = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '果酱', body: text });
  const target = COMPLAINT_CATEGORIES.find((k) => k !== before.category && k !== 'OTHER')!;

  expect(await h.codes(CORRECT, { i: { ticketId: before.id, category: target } }, c.token)).toEqual(['FORBIDDEN']);
  expect(await h.codes(CORRECT, { i: { ticketId: before.id, category: target } }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
  const corrected = (await h.ok(CORRECT, { i: { ticketId: before.id, category: target, note: 'mis-filed' } }, h.tokens.agent)).correctTicketCategory;
  expect(corrected).toMatchObject({ category: target, categoryConfidence: null, categorySource: 'AGENT' });
  const stored = await h.query(`select text, label, previous_label as previous, actor_id as actor from service.classifier_corrections where ticket_id = $1`, [before.id]);
  expect(stored).toEqual([{ text: `果酱\n${text}`, label: target, previous: before.category, actor: 'agent-1' }]);
  const staff = (await h.ok(TICKET, { id: before.id }, h.tokens.agent)).ticket;
  expect(staff.history.find((l: any) => l.kind === 'CATEGORY_CORRECTED')).toMatchObject({ fromValue: before.category, toValue: target, rule: 'AGENT_CORRECTION' });

  // the same complaint again is now classified as the agent said
  const after = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '果酱', body: text });
  expect(after.category).toBe(target);

  // a restart trains from the shipped set plus the stored corrections
  const { categorisation } = h.stack.subgraphs.service.services;
  expect(await categorisation.start()).toEqual({ shipped: 875, corrections: 1 });
  expect(categorisation.classify(`果酱\n${text}`).category).toBe(target);

  // only complaints have a category
  const q = await openTicket(h, c.token, { type: 'CONSULTATION' });
  expect(await h.codes(CORRECT, { i: { ticketId: q.id, category: target } }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
});

test('another service replica learns a correction as soon as it commits, without a restart', async () => {
  const replica = await startServiceSubgraph(
    { databaseUrl: h.url, gatewaySecret: 'replica-secret-0123456789', production: false, logSql: false, metricsToken: '', port: 0 },
    { background: false, clock },
  );
  try {
    const c = await newCustomer(h);
    const text = '洗衣液的泵头按不下去 The detergent pump head is stuck';
    const ticket = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '洗衣液', body: text });
    const sample = `洗衣液\n${text}`;
    const classify = () => replica.services.categorisation.classify(sample).category;
    expect(classify()).toBe(ticket.category);
    const target = COMPLAINT_CATEGORIES.find((k) => k !== ticket.category && k !== 'OTHER')!;
    await h.ok(CORRECT, { i: { ticketId: ticket.id, category: target } }, h.tokens.agent);
    await eventually(() => classify() === target, 'the replica classifies the corrected complaint as the agent said');
  } finally {
    await replica.stop();
  }
});
