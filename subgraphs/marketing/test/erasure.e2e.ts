import { inTransaction } from '@member-graph/common/db';
import { envelope, Outbox, PostgresBus, type EventEnvelope } from '@member-graph/common/events';
import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { marketingHandlers } from '../src/consumers';
import { CREATE_TEMPLATE, cond, decisions, launchCampaign, projectionSnapshot, saveSegment, useMarketingStack } from './support';

/**
 * Erasure (PIPL Art. 47, DESIGN §7), marketing's part: after an admin erases a customer (with an
 * account merged into them earlier), marketing deletes what describes the person, the customer leaves
 * their segments as any customer does, send decisions, messages and coupons stay without personal
 * content, the co-occurrence counts stay; later events, a redelivery and a rebuild recreate nothing,
 * and no campaign reaches them again.
 */
const t0 = new Date('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai: outside quiet hours
const clock = new ManualClock(t0);
const h = useMarketingStack('mkerasure', clock, ['customer', 'marketing']);

const ERASE = `mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { customerId formerIds } }`;
const REBUILD = `mutation { rebuildMarketingProjection { replayedEvents segmentChanges } }`;
const ISSUE = `mutation($i: IssueCouponInput!) { issueCoupon(input: $i) { coupon { id } } }`;
/** Rows about a customer that describe the person: none may be left after erasure. */
const PERSONAL = ['customer_facts', 'customer_skus', 'category_browses', 'segment_members', 'segment_timers', 'campaign_timers', 'campaign_firings', 'campaign_assignments'];


let erased: string; // the customer erased
let former: string; // merged into them before
let other: string; // a customer nobody erased
let segments: Record<'baby' | 'recent' | 'notVip', string>;
let template: string;
let browseCampaign: string;
let inactiveCampaign: string;
let secondOrder: string;

const ids = () => [erased, former];
const rowsOf = (table: string, customerIds: string[], order = 'customer_id') =>
  h.sql(`select * from marketing.${table} where customer_id = any($1::uuid[]) order by ${order}`, [customerIds]);
const count = async (table: string, customerIds: string[]) =>
  (await h.sql(`select count(*)::int as n from marketing.${table} where customer_id = any($1::uuid[])`, [customerIds]))[0].n as number;
const aggregates = async () => ({
  itemStats: await h.sql(`select * from marketing.item_stats order by sku`),
  itemPairs: await h.sql(`select * from marketing.item_pairs order by sku_a, sku_b`),
});
/** Every row of every marketing table that has a customer_id, for the given customers (what a later event must not change). */
async function everythingAbout(customerIds: string[]) {
  const tables = await h.sql<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'marketing' and column_name = 'customer_id' order by table_name`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { table_name: t } of tables) out[t] = await h.sql(`select * from marketing.${t} t where customer_id = any($1::uuid[]) order by t::text`, [customerIds]);
  out.factsMergedIn = await h.sql(`select customer_id from marketing.customer_facts where merged_into = any($1::uuid[])`, [customerIds]);
  out.outbox = await h.sql(`select type, payload from marketing.outbox where aggregate_id = any($1::text[]) order by id`, [customerIds]);
  return out;
}
const members = async (segmentId: string) =>
  (await h.ok(`query($id: ID!) { segment(id: $id) { members(first: 100) { nodes { id } } } }`, { id: segmentId }, h.tokens.marketer)).segment.members.nodes.map(
    (n: { id: string }) => n.id,
  );

beforeAll(async () => {
  segments = {
    baby: await saveSegment(h, 'baby by sms', { and: [cond('TAG', 'HAS', { value: '母婴' }), cond('CONSENT', 'HAS', { value: 'SMS' })] }),
    recent: await saveSegment(h, 'ordered within 60 days', cond('LAST_ORDER', 'WITHIN_DAYS', { days: 60 })), // sets a segment timer
    notVip: await saveSegment(h, 'not vip', { not: cond('TAG', 'HAS', { value: 'VIP' }) }), // a blank projection row would match it
  };
  template = (await h.ok(CREATE_TEMPLATE, { i: { name: '玩具券', kind: 'AMOUNT_OFF', amountOff: '10.00', stock: 100, validDays: 30, perCustomerLimit: 5 } }, h.tokens.marketer))
    .createCouponTemplate.id;
  browseCampaign = await launchCampaign(h, {
    name: 'toys browsed twice',
    kind: 'TRIGGERED',
    channel: 'SMS',
    couponTemplateId: template,
    trigger: { type: 'CATEGORY_BROWSED', times: 2, category: '玩具' },
    variants: [{ code: 'A', weight: 1, title: '玩具上新', body: '您好，您的券 {couponCode}' }],
  });
  inactiveCampaign = await launchCampaign(h, { name: 'baby inactive 30', kind: 'TRIGGERED', channel: 'SMS', segmentId: segments.baby, trigger: { type: 'INACTIVE_DAYS', days: 30 } });

  erased = await h.customer({ name: '待删除', birthday: '1990-05-01' });
  former = await h.customer({ name: '旧账号' });
  other = await h.customer({ name: '留下', birthday: '1991-06-02' });
  for (const id of [erased, other]) {
    await h.tag(id, '母婴');
    await h.consent(id, 'SMS');
  }
  await h.order(former, { paidAt: new Date(t0.getTime() - 20 * DAY_MS), lines: [{ sku: 'SKU-M', category: '服饰', amount: '30.00' }] });
  await h.order(other, { paidAt: new Date(t0.getTime() - 5 * DAY_MS), lines: [{ sku: 'SKU-A', category: '玩具' }, { sku: 'SKU-C' }] });
  await h.order(erased, { paidAt: new Date(t0.getTime() - 3 * DAY_MS), lines: [{ sku: 'SKU-A', category: '玩具' }, { sku: 'SKU-B' }] });
  await h.settle();
  await h.ok(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: erased, mergedId: former, reason: 'same person' } }, h.tokens.admin);
  await h.behaviour([
    { customerId: erased, kind: 'BROWSE', category: '玩具' },
    { customerId: erased, kind: 'BROWSE', category: '玩具' }, // fires the browse campaign: an SMS with a coupon
  ]);
  await h.settle();
  secondOrder = await h.order(erased, { lines: [{ sku: 'SKU-D', category: '玩具', amount: '50.00' }] }); // converts for the browse campaign
  await h.behaviour([{ customerId: erased, kind: 'BROWSE', category: '服饰' }]);
  await h.settle();
});

test('before erasure the customer is known everywhere (so the assertions below can fail)', async () => {
  for (const table of PERSONAL) expect([table, (await count(table, [erased])) > 0]).toEqual([table, true]);
  expect(await h.sql(`select merged_into from marketing.customer_facts where customer_id = $1`, [former])).toEqual([{ merged_into: erased }]);
  for (const s of Object.values(segments)) expect(await members(s)).toContain(erased);
  expect(await decisions(h, browseCampaign)).toEqual({ [erased]: ['SENT'] });
  const [sent] = await rowsOf('send_log', [erased]);
  expect(sent.occurrence).toMatch(/^browse:玩具:/);
  const [message] = await rowsOf('messages', [erased]);
  expect(message).toMatchObject({ title: '玩具上新', body: expect.stringContaining('您好') });
  const [coupon] = await rowsOf('coupons', [erased]);
  expect(coupon.issue_key).toContain(erased);
  expect(await rowsOf('conversions', [erased])).toHaveLength(1);
  expect((await h.sql(`select joined from marketing.segment_changes where customer_id = $1`, [erased])).every((r) => r.joined)).toBe(true);
});

test('erasure deletes what describes the person, records the segment leaves, redacts sends and coupons, keeps the aggregates', async () => {
  const before = {
    aggregates: await aggregates(),
    conversions: await rowsOf('conversions', [erased], 'order_id'),
    holdings: await rowsOf('coupon_holdings', ids(), 'template_id'),
    sends: await h.sql(`select id, campaign_id, channel, variant, status, reason, message_id, coupon_id, decided_at from marketing.send_log where customer_id = $1 order by id`, [erased]),
    coupons: await h.sql(`select id, template_id, code, source, status, valid_until from marketing.coupons where customer_id = $1 order by id`, [erased]),
    otherFacts: await h.sql(`select * from marketing.customer_facts where customer_id = $1`, [other]),
  };
  const memberOf = (await h.sql(`select segment_id from marketing.segment_members where customer_id = $1 order by 1`, [erased])).map((r) => r.segment_id);
  expect(memberOf).toHaveLength(3);

  const result = (await h.ok(ERASE, { id: erased, reason: 'PIPL request, ticket 4711' }, h.tokens.admin)).eraseCustomer;
  expect(result).toEqual({ customerId: erased, formerIds: [former] });
  await h.settle();

  // the person is gone from the projection and from every per-customer table; only their ids remain, as tombstones
  for (const table of PERSONAL) expect([table, await count(table, ids())]).toEqual([table, 0]);
  expect(await h.sql(`select count(*)::int as n from marketing.customer_facts where merged_into = any($1::uuid[])`, [ids()])).toEqual([{ n: 0 }]);
  expect(await h.sql(`select * from marketing.erased_customers order by customer_id`)).toEqual(ids().sort().map((customer_id) => ({ customer_id })));

  // they left each segment as any customer does: the earlier history is gone, the leaves are recorded and announced
  for (const s of Object.values(segments)) expect(await members(s)).not.toContain(erased);
  expect(await h.sql(`select segment_id, joined, cause from marketing.segment_changes where customer_id = any($1::uuid[]) order by segment_id`, [ids()])).toEqual(
    memberOf.map((segment_id) => ({ segment_id, joined: false, cause: 'EVENT' })),
  );
  const history = await h.ok(`query($id: ID!) { segmentChanges(customerId: $id) { segmentName joined cause } }`, { id: erased }, h.tokens.agent);
  expect(history.segmentChanges.map((c: { joined: boolean; cause: string }) => `${c.joined}:${c.cause}`)).toEqual(['false:EVENT', 'false:EVENT', 'false:EVENT']);
  const announced = await h.sql(`select payload from bus.events where type = 'marketing.segment_membership_changed' and aggregate_id = $1 order by seq`, [erased]);
  expect(announced.slice(-3).map((e) => e.payload).sort((a, b) => a.segmentId.localeCompare(b.segmentId))).toEqual(
    memberOf.map((segmentId) => ({ segmentId, customerId: erased, joined: false, cause: 'EVENT' })),
  );

  // decisions, messages and coupons stay for the reports and the accounts, without what described the person
  expect(await h.sql(`select id, campaign_id, channel, variant, status, reason, message_id, coupon_id, decided_at from marketing.send_log where customer_id = $1 order by id`, [erased])).toEqual(
    before.sends,
  );
  expect((await rowsOf('send_log', [erased])).map((r) => r.occurrence)).toEqual(['browse']);
  expect((await rowsOf('messages', [erased])).map((m) => [m.title, m.body])).toEqual([[null, null]]);
  const coupons = await h.sql(`select id, template_id, code, source, status, valid_until, issue_key from marketing.coupons where customer_id = $1 order by id`, [erased]);
  expect(coupons.map(({ issue_key: _k, ...c }) => c)).toEqual(before.coupons);
  expect(coupons.map((c) => c.issue_key)).toEqual(coupons.map((c) => `erased:${c.id}`));
  expect(await rowsOf('conversions', [erased], 'order_id')).toEqual(before.conversions);
  expect(await rowsOf('coupon_holdings', ids(), 'template_id')).toEqual(before.holdings);
  const report = await h.ok(`query($id: ID!) { campaign(id: $id) { report { code audience conversions revenue } } }`, { id: browseCampaign }, h.tokens.marketer);
  expect(report.campaign.report).toEqual([{ code: 'A', audience: 1, conversions: 1, revenue: '50.00' }]);

  // anonymous counts and other customers are untouched
  expect(await aggregates()).toEqual(before.aggregates);
  expect(await h.sql(`select * from marketing.customer_facts where customer_id = $1`, [other])).toEqual(before.otherFacts);
  expect(await members(segments.baby)).toEqual([other]);
});

test('later events, a redelivery and staff or customer requests recreate nothing, and no campaign reaches them again', async () => {
  const after = await everythingAbout(ids());
  const aggregatesAfter = await aggregates();

  // a refund of the kept order (through the customer subgraph), and late events from a producer about both ids
  await h.ok(`mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id } }`, { i: { orderId: secondOrder, externalRefundNo: 'rf-erased-1' } }, h.tokens.system);
  const late: EventEnvelope[] = [
    envelope('customer.behaviour_recorded', erased, { customerId: erased, kind: 'BROWSE', occurredAt: clock.now().toISOString(), sku: null, category: '玩具' }),
    envelope('customer.behaviour_recorded', erased, { customerId: erased, kind: 'BROWSE', occurredAt: clock.now().toISOString(), sku: null, category: '玩具' }),
    envelope('customer.behaviour_recorded', former, { customerId: former, kind: 'ADD_TO_CART', occurredAt: clock.now().toISOString(), sku: 'SKU-B', category: null }),
    envelope('customer.consent_changed', erased, { customerId: erased, channel: 'SMS', purpose: 'MARKETING', granted: true }),
    envelope('customer.tags_changed', former, { customerId: former, added: ['母婴'], removed: [] }),
  ];
  await inTransaction(h.stack.subgraphs.customer.dataSource, (tx) => new Outbox('customer').write(tx, ...late));
  await h.settle();
  const delivered = await h.sql(
    `select type from bus.events where payload->>'customerId' = any($1::text[]) and source <> 'marketing' and seq > (select seq from bus.events where type = 'customer.erased')`,
    [ids()],
  );
  expect(delivered.map((e) => e.type)).toEqual(expect.arrayContaining(['order.refunded', 'customer.behaviour_recorded', 'customer.consent_changed', 'customer.tags_changed']));
  expect(await everythingAbout(ids())).toEqual(after);

  // the same customer.erased delivered again (past the consumer's processed-event guard) changes nothing either
  const [event] = await new PostgresBus().read(h.marketing.dataSource.manager, 0, ['customer.erased'], 10);
  expect(event.payload).toEqual({ customerId: erased, formerIds: [former] });
  const handle = marketingHandlers(h.marketing.services)['customer.erased']!;
  await inTransaction(h.marketing.dataSource, (tx) => handle(event as never, tx));
  await inTransaction(h.marketing.dataSource, (tx) => handle(event as never, tx));
  expect(await everythingAbout(ids())).toEqual(after);
  expect(await aggregates()).toEqual(aggregatesAfter);

  // nobody can give them a coupon or a setting that would bring a projection row back
  expect(errorCodes(await h.gql(ISSUE, { i: { templateId: template, customerId: erased, idempotencyKey: 'after-erasure' } }, h.tokens.marketer))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await h.gql(`mutation { setPersonalisation(enabled: true) { enabled } }`, {}, await h.token('customer', former)))).toEqual(['ACCOUNT_ERASED']);
  expect(await everythingAbout(ids())).toEqual(after);

  // campaigns: a one-shot to everyone not VIP, and the inactivity trigger once 30 days pass, reach the other customer only
  const oneShot = await launchCampaign(h, { name: 'everyone not vip', kind: 'ONE_SHOT', channel: 'SMS', segmentId: segments.notVip });
  await h.runJob('campaign-timers');
  expect(await decisions(h, oneShot)).toEqual({ [other]: ['SENT'] });
  clock.set(new Date(t0.getTime() + 40 * DAY_MS));
  await h.runJob('campaign-timers');
  await h.runJob('segment-timers');
  expect(Object.keys(await decisions(h, inactiveCampaign))).toEqual([other]);
  expect(await count('send_log', ids())).toBe(after.send_log.length);
  expect(await everythingAbout(ids())).toEqual(after);
});

test('rebuilding the projection from the event log leaves the customer erased and the aggregates as they were', async () => {
  const snapshot = () => projectionSnapshot(h);
  const before = await snapshot();
  const about = await everythingAbout(ids());
  const result = (await h.ok(REBUILD, {}, h.tokens.admin)).rebuildMarketingProjection;
  expect(result.segmentChanges).toBe(0);
  expect(await snapshot()).toEqual(before);
  expect(await everythingAbout(ids())).toEqual(about);
  expect(await h.sql(`select customer_id from marketing.erased_customers order by 1`)).toEqual(ids().sort().map((customer_id) => ({ customer_id })));
  expect(await count('customer_facts', ids())).toBe(0);
  // and the live consumer carries on without bringing them back
  await h.settle();
  expect(await snapshot()).toEqual(before);
});
