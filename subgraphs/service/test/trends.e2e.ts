import { ManualClock } from '@member-graph/common/time';
import * as fixtures from '../../../scripts/stack/fixtures';
import { newCustomer, openTicket, useServiceStack } from './support';

const clock = new ManualClock('2026-04-10T02:00:00.000Z');
const h = useServiceStack('svctrends', clock, ['customer', 'service']);
const OPEN_RETURN = `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`;
const detect = () => h.stack.subgraphs.service.services.sla.detectBreaches();

/** The categories the classifier gave the complaints, in the order they were opened. */
const complaints: { category: string }[] = [];

beforeAll(async () => {
  const c = await newCustomer(h);
  const o1 = await fixtures.recordOrder(h, c.id, {
    paidAt: clock.now(),
    lines: [
      { sku: 'TEE', quantity: 2, amount: '100.00', category: 'apparel' },
      { sku: 'MUG', quantity: 1, amount: '50.00', category: 'home' },
    ],
  });
  const o2 = await fixtures.recordOrder(h, c.id, { paidAt: clock.now(), lines: [{ sku: 'TEE', quantity: 3, amount: '150.00', category: 'apparel' }] });
  const o3 = await fixtures.recordOrder(h, c.id, { paidAt: clock.now(), lines: [{ sku: 'SOCK', quantity: 1, amount: '20.00', category: 'apparel' }] });
  await h.stack.settle();
  complaints.push(await openTicket(h, c.token, { type: 'COMPLAINT', orderId: o1, subject: '质量问题', body: '杯子到手就裂了，衣服也起球' }));
  complaints.push(await openTicket(h, c.token, { type: 'COMPLAINT', subject: '客服', body: '客服态度很差，电话一直打不通' }));
  await openTicket(h, c.token, { type: 'CONSULTATION' });
  for (const [orderId, sku, quantity, reason] of [[o1, 'TEE', 1, '尺码偏小'], [o2, 'TEE', 2, ' 尺码偏小 '], [o1, 'MUG', 1, '破损'], [o3, 'SOCK', 1, '破洞 call 13812345678 or wang@example.cn']] as const) {
    await h.ok(OPEN_RETURN, { i: { orderId, lines: [{ sku, quantity }], reason } }, c.token);
  }
  // ten hours later (20:00 in Shanghai, still 10 April) the first responses are overdue
  clock.set('2026-04-10T12:00:00.000Z');
  await detect();
  // 01:00 on 1 May in Shanghai: a May complaint
  clock.set('2026-04-30T17:00:00.000Z');
  complaints.push(await openTicket(h, c.token, { type: 'COMPLAINT', subject: '物流', body: '快递一个星期还没到' }));
}, 60_000);

const FEEDBACK = (field: string) => `query($from: LocalDate!, $to: LocalDate!, $period: ReportPeriod, $by: FeedbackGrouping, $top: Int) {
  ${field}(from: $from, to: $to, period: $period, by: $by, top: $top) { periodStart sku productCategory reason count quantity } }`;
const SLA = `query($from: LocalDate!, $to: LocalDate!, $period: ReportPeriod) { slaBreaches(from: $from, to: $to, period: $period) {
  periodStart ticketsOpened firstResponseBreaches resolutionBreaches } }`;
const SATISFACTION = `query($from: LocalDate!, $to: LocalDate!, $period: ReportPeriod) { satisfactionTrend(from: $from, to: $to, period: $period) {
  periodStart responses csatAverage nps } }`;

/** Runs an operation as a marketer; returns its data and the service subgraph's statements for it. */
async function measured(query: string, variables: Record<string, unknown>) {
  const counter = h.stack.subgraphs.service.statements;
  const before = counter.count;
  const data = await h.ok(query, variables, h.tokens.marketer);
  return { data, statements: counter.count - before };
}
const tuples = (rows: Record<string, unknown>[]) => rows.map((r) => [r.periodStart, r.sku ?? r.productCategory, r.reason, r.count, r.quantity]);

test('complaint categories per Shanghai month and SKU of the order they name, in one statement', async () => {
  const [withOrder, withoutOrder, may] = complaints.map((k) => k.category);
  const bySku = await measured(FEEDBACK('complaintReasons'), { from: '2026-04-01', to: '2026-05-31', by: 'SKU' });
  expect(bySku.data.complaintReasons).toEqual(
    expect.arrayContaining([
      { periodStart: '2026-04-01', sku: 'TEE', productCategory: 'apparel', reason: withOrder, count: 1, quantity: null },
      { periodStart: '2026-04-01', sku: 'MUG', productCategory: 'home', reason: withOrder, count: 1, quantity: null },
      { periodStart: '2026-04-01', sku: null, productCategory: null, reason: withoutOrder, count: 1, quantity: null },
      { periodStart: '2026-05-01', sku: null, productCategory: null, reason: may, count: 1, quantity: null },
    ]),
  );
  expect(bySku.data.complaintReasons).toHaveLength(4);
  expect(bySku.statements).toBe(1);
  const byCategory = await measured(FEEDBACK('complaintReasons'), { from: '2026-04-01', to: '2026-05-31', by: 'CATEGORY' });
  expect(tuples(byCategory.data.complaintReasons).sort()).toEqual(
    [
      ['2026-04-01', 'apparel', withOrder, 1, null],
      ['2026-04-01', 'home', withOrder, 1, null],
      ['2026-04-01', null, withoutOrder, 1, null],
      ['2026-05-01', null, may, 1, null],
    ].sort(),
  );
  // top 1: the key with the most complaints over the range (no order named: two)
  const top = await measured(FEEDBACK('complaintReasons'), { from: '2026-04-01', to: '2026-05-31', by: 'SKU', top: 1 });
  expect(top.data.complaintReasons.map((r: { periodStart: string; sku: string | null }) => [r.periodStart, r.sku])).toEqual([
    ['2026-04-01', null],
    ['2026-05-01', null],
  ]);
});

test('return reasons per SKU and per category, units added up, in one statement', async () => {
  const bySku = await measured(FEEDBACK('returnReasons'), { from: '2026-04-01', to: '2026-04-30', by: 'SKU' });
  expect(bySku.data.returnReasons).toEqual([
    { periodStart: '2026-04-01', sku: 'TEE', productCategory: 'apparel', reason: '尺码偏小', count: 2, quantity: 3 },
    { periodStart: '2026-04-01', sku: 'MUG', productCategory: 'home', reason: '破损', count: 1, quantity: 1 },
    // what may name the person (a phone number, an e-mail address) is masked
    { periodStart: '2026-04-01', sku: 'SOCK', productCategory: 'apparel', reason: '破洞 call *** or ***@***', count: 1, quantity: 1 },
  ]);
  const byCategory = await measured(FEEDBACK('returnReasons'), { from: '2026-04-01', to: '2026-04-30', period: 'DAY' });
  expect(tuples(byCategory.data.returnReasons)).toEqual([
    ['2026-04-10', 'apparel', '尺码偏小', 2, 3],
    ['2026-04-10', 'apparel', '破洞 call *** or ***@***', 1, 1],
    ['2026-04-10', 'home', '破损', 1, 1],
  ]);
  expect([bySku.statements, byCategory.statements]).toEqual([1, 1]);
});

test('SLA breaches and satisfaction list every period of the range, in one statement each', async () => {
  const sla = await measured(SLA, { from: '2026-04-09', to: '2026-04-11', period: 'DAY' });
  expect(sla.data.slaBreaches).toEqual([
    { periodStart: '2026-04-09', ticketsOpened: 0, firstResponseBreaches: 0, resolutionBreaches: 0 },
    { periodStart: '2026-04-10', ticketsOpened: 3, firstResponseBreaches: 3, resolutionBreaches: 0 },
    { periodStart: '2026-04-11', ticketsOpened: 0, firstResponseBreaches: 0, resolutionBreaches: 0 },
  ]);
  const monthly = await measured(SLA, { from: '2026-04-01', to: '2026-05-31' });
  expect(monthly.data.slaBreaches.map((r: { ticketsOpened: number }) => r.ticketsOpened)).toEqual([3, 1]);
  const weeks = await measured(SATISFACTION, { from: '2026-04-01', to: '2026-04-30', period: 'WEEK' });
  expect(weeks.data.satisfactionTrend.map((r: { periodStart: string }) => r.periodStart)).toEqual(['2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27']);
  expect(weeks.data.satisfactionTrend[0]).toEqual({ periodStart: '2026-03-30', responses: 0, csatAverage: null, nps: null });
  expect([sla.statements, monthly.statements, weeks.statements]).toEqual([1, 1, 1]);
});

test('impossible ranges and keys are BAD_USER_INPUT; customers may not read the trends', async () => {
  const customer = await h.stack.token('customer', '00000000-0000-4000-8000-000000000001');
  for (const query of [FEEDBACK('complaintReasons'), FEEDBACK('returnReasons'), SLA, SATISFACTION]) {
    expect(await h.codes(query, { from: '2026-04-30', to: '2026-04-01' }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(query, { from: '2025-01-01', to: '2026-04-01' }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(query, { from: '2026-04-01', to: '2026-04-30' }, customer)).toEqual(['FORBIDDEN']);
  }
  expect(await h.codes(FEEDBACK('returnReasons'), { from: '2026-04-01', to: '2026-04-30', top: 0 }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
  expect(await h.codes(FEEDBACK('returnReasons'), { from: '2026-04-01', to: '2026-04-30', top: 101 }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
});
