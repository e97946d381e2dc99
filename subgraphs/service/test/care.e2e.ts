import { ManualClock } from '@member-graph/common/time';
import { HOUR, newCustomer, openTicket, outbox, recordOrder, TICKET, useServiceStack } from './support';

const clock = new ManualClock('2026-03-10T02:00:00.000Z'); // 10:00 in Shanghai: outside the quiet hours
const h = useServiceStack('svccare', clock, ['customer', 'service', 'marketing']);

const DAY = 24 * HOUR;
const SKU = 'CARE-COAT';
const daysAgo = (d: number) => new Date(clock.now().getTime() - d * DAY);
const runCare = () => h.stack.subgraphs.service.services.care.openPending();
const careTickets = (clusterId?: string) =>
  h.query<{ customer_id: string; care_cluster_id: string; id: string }>(
    `select id, customer_id, care_cluster_id from service.tickets where care_cluster_id is not null and ($1::uuid is null or care_cluster_id = $1) order by customer_id`,
    [clusterId ?? null],
  );
const clusters = () => h.query<{ id: string; sku: string; complaints: number; done_at: Date | null; care_tickets: number }>(`select * from service.care_clusters order by detected_at`);

/** A customer who bought `sku` `days` ago; answers the customer and the order. */
async function buyer(sku: string, days: number) {
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, [{ sku, quantity: 1, amount: '399.00' }], daysAgo(days));
  return { ...c, orderId };
}
const complain = (c: { token: string; orderId: string }, sku = SKU) =>
  openTicket(h, c.token, { type: 'COMPLAINT', subject: '质量问题', body: '大衣洗了一次就开线了，质量太差', orderId: c.orderId, sku });

describe('proactive care', () => {
  let campaignId: string;
  /** The care receivers of the first cluster (its recent buyers). */
  let firstReceivers: string[] = [];
  const consent = (customerId: string) =>
    h.ok(`mutation($id: ID!) { grantConsent(customerId: $id, channel: WECHAT, purpose: MARKETING, source: APP_SETTINGS) { id } }`, { id: customerId }, h.tokens.system);

  beforeAll(async () => {
    const template = (
      await h.ok(
        `mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id } }`,
        { i: { name: '关怀补偿券', kind: 'AMOUNT_OFF', amountOff: '20.00', stock: 100, validDays: 30, perCustomerLimit: 5 } },
        h.tokens.marketer,
      )
    ).createCouponTemplate.id;
    campaignId = (
      await h.ok(
        `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
        { i: { name: '质量关怀', kind: 'TRIGGERED', channel: 'WECHAT', couponTemplateId: template, trigger: { type: 'PROACTIVE_CARE' }, variants: [{ code: 'A', weight: 1, body: '抱歉给您带来不便，补偿券 {couponCode}' }] } },
        h.tokens.marketer,
      )
    ).createCampaign.id;
    await h.ok(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: campaignId }, h.tokens.marketer);
  });

  test('a complaint names a SKU of its order only', async () => {
    const c = await buyer('CHECK-SKU', 1);
    expect(await h.codes(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'COMPLAINT', channel: 'APP', subject: 'x', body: '坏了', sku: SKU } }, c.token)).toEqual(['BAD_USER_INPUT']);
    expect(
      await h.codes(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'COMPLAINT', channel: 'APP', subject: 'x', body: '坏了', orderId: c.orderId, sku: 'OTHER-SKU' } }, c.token),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await h.codes(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'CONSULTATION', channel: 'APP', subject: 'x', body: '坏了', orderId: c.orderId, sku: 'CHECK-SKU' } }, c.token),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await h.query(`select 1 from service.tickets where customer_id = $1`, [c.id])).toEqual([]);
  });

  test('three complaints about one SKU within the window: its recent buyers (not older ones, not other SKUs, not the complainants) get one care ticket each, and a coupon where they consented', async () => {
    const complainants = [await buyer(SKU, 2), await buyer(SKU, 3), await buyer(SKU, 1)];
    const consenting = await buyer(SKU, 5);
    await consent(consenting.id);
    const silent = await buyer(SKU, 20); // no marketing consent
    const old = await buyer(SKU, 45); // outside the 30 days
    const other = await buyer('OTHER-COAT', 2);
    await consent(old.id);
    await consent(other.id);
    await h.settle();

    const first = await complain(complainants[0]);
    expect(first).toMatchObject({ sku: SKU, type: 'COMPLAINT' });
    clock.advance(HOUR);
    await complain(complainants[1]);
    expect(await clusters()).toEqual([]);
    expect(await runCare()).toBe(0);
    clock.advance(HOUR);
    await complain(complainants[2]); // the third within 24 hours: a cluster
    const [cluster] = await clusters();
    expect(cluster).toMatchObject({ sku: SKU, complaints: 3, done_at: null });

    expect(await runCare()).toBe(2);
    expect(await runCare()).toBe(0); // once
    const care = await careTickets(cluster.id);
    expect(care.map((t) => t.customer_id).sort()).toEqual([consenting.id, silent.id].sort());
    firstReceivers = [consenting.id, silent.id];
    expect((await clusters())[0]).toMatchObject({ care_tickets: 2, done_at: expect.any(Date) });

    // the buyer sees their care ticket: after-sales, about their order, the cluster named
    const mine = care.find((t) => t.customer_id === consenting.id)!;
    const ticket = (await h.ok(TICKET, { id: mine.id }, consenting.token)).ticket;
    expect(ticket).toMatchObject({ type: 'AFTER_SALES', status: 'NEW', orderId: consenting.orderId, careClusterId: cluster.id, customer: { id: consenting.id } });
    expect(ticket.subject).toContain(SKU);
    expect(ticket.messages).toEqual([expect.objectContaining({ author: 'AGENT' })]);
    const events = (await outbox(h, 'ticket.care_opened')).map((e) => e.payload);
    expect(events.map((p) => [p.customerId, p.clusterId, p.sku]).sort()).toEqual([consenting.id, silent.id].sort().map((id) => [id, cluster.id, SKU]));

    // marketing answers with the PROACTIVE_CARE campaign's coupon: consent respected, once per cluster
    await h.settle();
    await h.settle();
    const log = await h.stack.subgraphs.marketing.dataSource.query(
      `select customer_id, status, reason, occurrence, coupon_id from marketing.send_log where campaign_id = $1 order by customer_id`,
      [campaignId],
    );
    const byCustomer = Object.fromEntries(log.map((r: any) => [r.customer_id, r]));
    expect(log).toHaveLength(2);
    expect(byCustomer[consenting.id]).toMatchObject({ status: 'SENT', reason: null, occurrence: `care:${cluster.id}`, coupon_id: expect.any(String) });
    expect(byCustomer[silent.id]).toMatchObject({ status: 'SUPPRESSED', reason: 'NO_CONSENT', coupon_id: null });
    const coupons = await h.ok(`query($id: ID!) { customer(id: $id) { coupons { id } } }`, { id: consenting.id }, h.tokens.marketer);
    expect(coupons.customer.coupons.map((c: any) => c.id)).toEqual([byCustomer[consenting.id].coupon_id]);

    // a fourth complaint within the window is the same cluster: nothing new
    clock.advance(HOUR);
    await complain(await buyer(SKU, 1));
    expect(await clusters()).toHaveLength(1);
    expect(await runCare()).toBe(0);
  });

  test('complaints after the window form the next cluster: buyers get one care ticket per cluster', async () => {
    clock.advance(2 * DAY);
    const complainants: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await buyer(SKU, 1);
      complainants.push(c.id);
      await complain(c);
      clock.advance(HOUR);
    }
    const all = await clusters();
    expect(all).toHaveLength(2);
    // the first cluster's receivers and complainants (who complained outside this window) bought within 30 days; this cluster's complainants are left out
    const opened = await runCare();
    const receivers = (await careTickets(all[1].id)).map((t) => t.customer_id);
    expect(receivers).toHaveLength(opened);
    expect(opened).toBe(6);
    expect(receivers).toEqual(expect.arrayContaining(firstReceivers));
    expect(receivers.filter((id) => complainants.includes(id))).toEqual([]);
    expect(await runCare()).toBe(0);
    // nobody holds two care tickets of one cluster
    const twice = await h.query(`select customer_id from service.tickets where care_cluster_id is not null group by care_cluster_id, customer_id having count(*) > 1`);
    expect(twice).toEqual([]);
  });

  test('quiet hours apply to the care coupon: a care ticket at night defers the message to the morning, then it goes out with its coupon once', async () => {
    const sku = 'NIGHT-LAMP';
    clock.set('2026-03-20T13:30:00.000Z'); // 21:30 in Shanghai: inside the default WECHAT quiet hours (21:00–09:00)
    const night = await buyer(sku, 3);
    await consent(night.id);
    for (let i = 0; i < 3; i++) {
      const c = await buyer(sku, 1);
      await openTicket(h, c.token, { type: 'COMPLAINT', subject: '质量问题', body: '台灯用了一天就坏了', orderId: c.orderId, sku });
    }
    expect(await runCare()).toBe(1);
    await h.settle();
    const marketing = h.stack.subgraphs.marketing;
    const log = () =>
      marketing.dataSource.query(`select status, reason, coupon_id from marketing.send_log where campaign_id = $1 and customer_id = $2 order by id`, [campaignId, night.id]);
    expect(await log()).toEqual([{ status: 'DEFERRED', reason: 'QUIET_HOURS', coupon_id: null }]);
    const timers = marketing.jobs.find((j) => j.name === 'marketing.campaign-timers')!;
    clock.set('2026-03-21T01:30:00.000Z'); // 09:30 in Shanghai
    await timers.run();
    await timers.run();
    expect(await log()).toEqual([
      { status: 'DEFERRED', reason: 'QUIET_HOURS', coupon_id: null },
      { status: 'SENT', reason: null, coupon_id: expect.any(String) },
    ]);
  });
});
