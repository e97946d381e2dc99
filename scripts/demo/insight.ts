import { DAY_MS, shanghaiDate } from '@member-graph/common/time';
import { eventually, newCustomer, recordOrder } from '../stack/fixtures';
import type { Tokens } from '../stack/test-stack';

/**
 * A small, realistic data set for the analytics queries and the dashboard, written through the gateway's
 * public mutations only, so the same seed serves `npm start` (real time, real jobs) and the tests (a
 * manual clock, jobs run by hand): customers buying over the last half year in several channels and
 * categories (tiers, repurchase, cohorts), a customer-value fit, two saved segments, an e-mail campaign
 * with orders after it, complaints naming orders, a consultation, and returns.
 */

/** How the seed reaches the stack. */
export interface SeedClient {
  /** Runs an operation through the gateway with a token; its data, or throws with the errors. */
  ok(query: string, variables: Record<string, unknown>, token: string): Promise<any>;
  tokens: Tokens;
  customerToken(id: string): Promise<string>;
  /** Gives the event pipeline a turn (tests: relays and consumers catch up; a running stack: a short wait). */
  settle(): Promise<void>;
  /** Returns once the launched one-shot campaign went out (tests: run the campaign timer job; a running stack: its timer does). */
  sendCampaign(id: string): Promise<void>;
}

const CHANNELS = ['APP', 'WEB', 'MINI_PROGRAM', 'STORE'] as const;
/** Category and reason texts are English so the README screenshot reads on machines without CJK fonts. */
const CATEGORIES = ['baby', 'beauty', 'apparel'] as const;

/**
 * Days back (from `now`) at which each buyer orders: steady, weekly, lapsed and one-off buyers, so the
 * customer-value fit has the heterogeneity it needs (a too-regular set fits degenerately).
 */
export const PATTERNS: number[][] = [
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

/** The saved segments the seed makes; the VIP one is the campaign's audience. */
export const SEGMENT_NAMES = { vip: 'VIP', regulars: 'Regulars' } as const;

/** A buyer and their most recent order (its first line's SKU, for a return). */
interface Buyer {
  id: string;
  lastOrder: string;
  lastSku: string;
}

const sku = (i: number, k: number) => `SKU-${CATEGORIES[i % 3]}-${k % 2}`;

/** Waits (up to a minute: a hang guard) until `check` holds, giving the pipeline a turn before each try. */
export const until = (client: SeedClient, check: () => Promise<boolean>, what: string) =>
  eventually(async () => (await client.settle(), check()), `demo seed: ${what}`, 60_000);

/** Customers (stable identities, so a re-run finds them) and their order histories (stable numbers). */
async function buyers(client: SeedClient, now: Date): Promise<Buyer[]> {
  // buyers side by side (each touches only itself), each buyer's orders in order
  return Promise.all(PATTERNS.map((pattern, i) => buyer(client, now, pattern, i)));
}

async function buyer(client: SeedClient, now: Date, pattern: number[], i: number): Promise<Buyer> {
  const id = await newCustomer(client, { value: `insight-member-${i + 1}`, name: `Member ${i + 1}`, channel: CHANNELS[i % CHANNELS.length] });
  let lastOrder = '';
  for (const [k, daysBack] of pattern.entries()) {
    const channel = CHANNELS[(i + k) % CHANNELS.length];
    const amount = i === 0 ? '1200.00' : (80 + ((i * 37) % 300)).toFixed(2);
    lastOrder = await recordOrder(client, id, {
      externalNo: `INSIGHT-${i + 1}-${k + 1}`,
      paidAt: new Date(now.getTime() - daysBack * DAY_MS),
      channel,
      storeId: channel === 'STORE' ? 'SH-001' : null,
      lines: [
        { sku: sku(i, k), amount, category: CATEGORIES[i % 3] },
        { sku: `SKU-${CATEGORIES[(i + 1) % 3]}-9`, amount: '30.00', category: CATEGORIES[(i + 1) % 3] },
      ],
    });
  }
  return { id, lastOrder, lastSku: sku(i, pattern.length - 1) };
}

const TAG_RULE = (tag: string) => ({ condition: { fact: 'TAG', operator: 'HAS', value: tag } });

/** Tags, e-mail marketing consent and two saved segments (VIP: the first half; Regulars: the rest); answers the VIP segment's id. */
async function segments(client: SeedClient, ids: string[]): Promise<string> {
  const vip = ids.slice(0, Math.ceil(ids.length / 2));
  await Promise.all(
    ids.map(async (id) => {
      const tag = vip.includes(id) ? 'dash-vip' : 'dash-regular';
      await client.ok(`mutation($id: ID!, $t: [TagInput!]!) { addTags(customerId: $id, tags: $t) { id } }`, { id, t: [{ name: tag, type: 'NEED' }] }, client.tokens.marketer);
      await client.ok(`mutation($id: ID!) { grantConsent(customerId: $id, channel: EMAIL, purpose: MARKETING, source: APP_SETTINGS) { id } }`, { id }, client.tokens.system);
    }),
  );
  // marketing learns tags and consent from events: the audience is complete before the campaign goes out
  const preview = `query($r: SegmentRuleInput!) { previewSegment(rule: $r) { count } }`;
  await until(client, async () => (await client.ok(preview, { r: TAG_RULE('dash-vip') }, client.tokens.marketer)).previewSegment.count === vip.length, 'marketing knows the VIP tags');
  const save = async (name: string, tag: string) =>
    (await client.ok(`mutation($i: SaveSegmentInput!) { saveSegment(input: $i) { id } }`, { i: { name, rule: TAG_RULE(tag) } }, client.tokens.marketer)).saveSegment.id as string;
  await save(SEGMENT_NAMES.regulars, 'dash-regular');
  return save(SEGMENT_NAMES.vip, 'dash-vip');
}

/** An e-mail campaign (no quiet hours, so it goes out day or night) to the VIP segment; three recipients then buy. */
async function campaign(client: SeedClient, segmentId: string, vip: string[], now: () => Date): Promise<string> {
  const input = {
    kind: 'ONE_SHOT',
    name: 'Spring launch',
    channel: 'EMAIL',
    segmentId,
    costPerMessage: '0.50',
    attributionDays: 7,
    variants: [{ code: 'A', weight: 1, body: '春季上新，会员专享' }],
  };
  const id = (await client.ok(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: input }, client.tokens.marketer)).createCampaign.id as string;
  await client.ok(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id }, client.tokens.marketer);
  await client.sendCampaign(id);
  for (const [k, customerId] of vip.slice(0, 3).entries()) {
    const lines = [{ sku: sku(k, 0), amount: '199.00', category: CATEGORIES[k % 3] }];
    await recordOrder(client, customerId, { externalNo: `INSIGHT-CAMPAIGN-${k + 1}`, paidAt: now(), lines });
  }
  return id;
}

/** Runs a customer's mutation once the service subgraph knows the order it names (it learns orders from events). */
async function onceOrderKnown(client: SeedClient, query: string, input: Record<string, unknown>, token: string): Promise<void> {
  await until(
    client,
    () =>
      client.ok(query, { i: input }, token).then(
        () => true,
        (error: Error) => {
          if (error.message.includes('NOT_FOUND')) return false;
          throw error;
        },
      ),
    'the service subgraph knows the order',
  );
}

/** Complaints (naming the customer's last order, or none), a consultation and returns, as the customers. */
async function afterSales(client: SeedClient, customers: Buyer[]): Promise<void> {
  const complaints = ['收到的面霜瓶子破了，质量太差', '快递一个星期还没到', '尺码偏小，穿不上', '客服态度很差'];
  const openTicket = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
  const tickets = customers.slice(0, 8).map(async (c, i) => {
    const ticket = { type: i % 4 === 3 ? 'CONSULTATION' : 'COMPLAINT', channel: 'APP', subject: '售后', body: complaints[i % complaints.length] };
    await onceOrderKnown(client, openTicket, { ...ticket, ...(i % 2 === 0 ? { orderId: c.lastOrder } : {}) }, await client.customerToken(c.id));
  });
  const reasons = ['too small', 'quality problem', 'colour not as pictured'];
  const returns = customers.filter((_, i) => PATTERNS[i].includes(2)).map(async (c, i) => {
    const input = { orderId: c.lastOrder, lines: [{ sku: c.lastSku, quantity: 1 }], reason: reasons[i % reasons.length] };
    await onceOrderKnown(client, `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`, input, await client.customerToken(c.id));
  });
  await Promise.all([...tickets, ...returns]);
}

/** What the seed made (ids for assertions), or null when the stack already had it. */
export interface InsightSeed {
  customers: string[];
  campaignId: string;
}

/** True when an earlier run already seeded the insight data (its VIP segment exists). */
export async function insightSeeded(client: SeedClient): Promise<boolean> {
  const { segments } = await client.ok(`{ segments { name } }`, {}, client.tokens.marketer);
  return segments.some((s: { name: string }) => s.name === SEGMENT_NAMES.vip);
}

/**
 * Seeds the insight data set relative to `now` (which should be a daytime hour; `now()` is read again for
 * the steps after the campaign). Customers and orders are idempotent; the rest is written once, so call
 * it only when `insightSeeded` says no.
 */
export async function seedInsightData(client: SeedClient, now: () => Date): Promise<InsightSeed> {
  const customers = await buyers(client, now());
  await client.settle();
  await client.ok(`mutation($end: LocalDate) { refitValueModel(calibrationEnd: $end) { customers } }`, { end: shanghaiDate(now()) }, client.tokens.admin);
  await client.settle();
  const ids = customers.map((c) => c.id);
  const vipSegment = await segments(client, ids);
  const campaignId = await campaign(client, vipSegment, ids.slice(0, Math.ceil(ids.length / 2)), now);
  await client.settle();
  await afterSales(client, customers);
  return { customers: ids, campaignId };
}
