import { runExclusive } from '@member-graph/common/jobs';
import { DAY_MS, shanghaiDate, type ManualClock } from '@member-graph/common/time';
import { newCustomer, recordOrder } from './fixtures';
import type { TestStack } from './test-stack';

/**
 * A small, realistic data set for the analytics queries and the dashboard: customers buying over
 * the last half year in several channels and categories (tiers, repurchase, cohorts), a customer-value
 * fit, two saved segments, an SMS campaign with attributed orders, complaints naming orders, returns
 * and SLA breaches. Everything goes through the gateway's public mutations, except the scheduled jobs
 * (campaign timers, SLA detection), which it runs once as their schedulers would.
 */

const CHANNELS = ['APP', 'WEB', 'MINI_PROGRAM', 'STORE'] as const;
/** Category and reason texts are English so the README screenshot reads on machines without CJK fonts. */
const CATEGORIES = ['baby', 'beauty', 'apparel'] as const;

/** What the seed made (ids for assertions). */
export interface InsightSeed {
  customers: string[];
  campaignId: string;
}

/**
 * Days back (from the clock's start) at which each buyer orders: steady, weekly, lapsed and one-off
 * buyers, so the customer-value fit has the heterogeneity it needs (a too-regular set fits degenerately).
 */
const PATTERNS: number[][] = [
  [170, 140, 100, 70, 40, 10],
  [160, 120, 60],
  [150, 90, 2],
  [130, 2],
  [110, 80, 50, 20],
  [95],
  [75, 45, 2],
  [65, 35],
  [55],
  [25, 2],
  Array.from({ length: 25 }, (_, k) => 175 - 7 * k),
  [170, 165, 160, 155, 150, 145],
  [120],
  [160],
  [140],
  [100],
  [30],
  [178, 171, 164],
];

const at = (clock: ManualClock, daysBack: number) => new Date(clock.now().getTime() - daysBack * DAY_MS);

/** Customers and their order histories; returns the ids and each one's most recent order (for complaints and returns). */
async function buyers(h: TestStack, clock: ManualClock): Promise<{ id: string; lastOrder: string }[]> {
  const out: { id: string; lastOrder: string }[] = [];
  for (const [i, pattern] of PATTERNS.entries()) {
    const id = await newCustomer(h, { name: `Member ${i + 1}`, channel: CHANNELS[i % CHANNELS.length] });
    let lastOrder = '';
    for (const [k, daysBack] of pattern.entries()) {
      const channel = CHANNELS[(i + k) % CHANNELS.length];
      const amount = i === 0 ? '1200.00' : (80 + ((i * 37) % 300)).toFixed(2);
      lastOrder = await recordOrder(h, id, {
        paidAt: at(clock, daysBack),
        channel,
        storeId: channel === 'STORE' ? 'SH-001' : null,
        lines: [
          { sku: `SKU-${CATEGORIES[i % 3]}-${k % 2}`, amount, category: CATEGORIES[i % 3] },
          { sku: `SKU-${CATEGORIES[(i + 1) % 3]}-9`, amount: '30.00', category: CATEGORIES[(i + 1) % 3] },
        ],
      });
    }
    out.push({ id, lastOrder });
  }
  return out;
}

/** Tags, SMS consent and two saved segments (VIP: the first half; others: the rest). */
async function segments(h: TestStack, ids: string[]): Promise<string> {
  for (const [i, id] of ids.entries()) {
    const tag = i < ids.length / 2 ? 'dash-vip' : 'dash-regular';
    await h.ok(`mutation($id: ID!, $t: [TagInput!]!) { addTags(customerId: $id, tags: $t) { id } }`, { id, t: [{ name: tag, type: 'NEED' }] }, h.tokens.marketer);
    await h.ok(
      `mutation($id: ID!) { grantConsent(customerId: $id, channel: SMS, purpose: MARKETING, source: APP_SETTINGS) { id } }`,
      { id },
      h.tokens.system,
    );
  }
  await h.settle();
  const save = async (name: string, tag: string) =>
    (
      await h.ok(
        `mutation($i: SaveSegmentInput!) { saveSegment(input: $i) { id } }`,
        { i: { name, rule: { condition: { fact: 'TAG', operator: 'HAS', value: tag } } } },
        h.tokens.marketer,
      )
    ).saveSegment.id as string;
  await save('Regulars', 'dash-regular');
  return save('VIP', 'dash-vip');
}

/** An SMS campaign to the VIP segment, sent by the campaign timer job; its recipients then buy. */
async function campaign(h: TestStack, clock: ManualClock, segmentId: string): Promise<string> {
  const input = {
    kind: 'ONE_SHOT',
    name: 'Spring launch',
    channel: 'SMS',
    segmentId,
    costPerMessage: '0.50',
    attributionDays: 7,
    variants: [{ code: 'A', weight: 1, body: '春季上新，会员专享' }],
  };
  const id = (await h.ok(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: input }, h.tokens.marketer)).createCampaign.id as string;
  await h.ok(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id }, h.tokens.marketer);
  const marketing = h.stack.subgraphs.marketing;
  await runExclusive(marketing.dataSource, marketing.jobs.find((j) => j.name === 'marketing.campaign-timers')!);
  const recipients: { customer_id: string }[] = await marketing.dataSource.query(`select customer_id from marketing.send_log where campaign_id = $1 and status = 'SENT'`, [id]);
  clock.advance(DAY_MS);
  for (const r of recipients.slice(0, 3)) await recordOrder(h, r.customer_id, { paidAt: clock.now(), amount: '199.00' });
  return id;
}

/** Complaints (naming the customer's last order, or none), a consultation and returns, as the customers. */
async function afterSales(h: TestStack, customers: { id: string; lastOrder: string }[]): Promise<void> {
  const complaints = ['收到的面霜瓶子破了，质量太差', '快递一个星期还没到', '尺码偏小，穿不上', '客服态度很差'];
  for (const [i, c] of customers.slice(0, 8).entries()) {
    const token = await h.stack.token('customer', c.id);
    const ticket = { type: i % 4 === 3 ? 'CONSULTATION' : 'COMPLAINT', channel: 'APP', subject: '售后', body: complaints[i % complaints.length] };
    await h.ok(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { ...ticket, ...(i % 2 === 0 ? { orderId: c.lastOrder } : {}) } }, token);
  }
  const reasons = ['too small', 'quality problem', 'colour not as pictured'];
  for (const [i, c] of customers.filter((_, i) => PATTERNS[i].includes(2)).entries()) {
    const token = await h.stack.token('customer', c.id);
    const lines: { sku: string }[] = (await h.stack.subgraphs.service.dataSource.query(`select lines from service.order_facts where order_id = $1`, [c.lastOrder]))[0].lines;
    const input = { orderId: c.lastOrder, lines: [{ sku: lines[0].sku, quantity: 1 }], reason: reasons[i % reasons.length] };
    await h.ok(`mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`, { i: input }, token);
  }
}

/**
 * Seeds the whole stack (customer, loyalty, service, marketing). The clock should stand a few days
 * before today at a daytime hour in Shanghai; it ends about a day and a half later.
 */
export async function seedInsight(h: TestStack, clock: ManualClock): Promise<InsightSeed> {
  const customers = await buyers(h, clock);
  await h.settle();
  await h.ok(`mutation($end: LocalDate) { refitValueModel(calibrationEnd: $end) { customers } }`, { end: shanghaiDate(clock.now()) }, h.tokens.admin);
  await h.settle();
  const vip = await segments(h, customers.map((c) => c.id));
  const campaignId = await campaign(h, clock, vip);
  await h.settle();
  await afterSales(h, customers);
  // ten hours on, the first responses are overdue; the SLA job marks them
  clock.advance(10 * 3_600_000);
  await h.stack.subgraphs.service.services.sla.detectBreaches();
  await h.settle();
  return { customers: customers.map((c) => c.id), campaignId };
}
