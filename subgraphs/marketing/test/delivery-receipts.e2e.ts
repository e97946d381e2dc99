import { randomUUID } from 'node:crypto';
import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { cond, CREATE_CAMPAIGN, LAUNCH, saveSegment, taggedAudience, useMarketingStack } from './support';

/** Issue 15: delivery receipts from the integration role, and ROI over what was delivered. */
const t0 = new Date('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai, outside the SMS quiet hours
const clock = new ManualClock(t0);
const h = useMarketingStack('mkreceipts', clock);

const RECORD = `mutation($i: [DeliveryReceiptInput!]!) { recordDeliveryReceipts(input: $i) { messageId outcome stage } }`;
const LOG = `query($c: ID) { sendLog(campaignId: $c, first: 50) { nodes { customer { id } status messageId deliveryStage deliveredAt openedAt clickedAt } } }`;
const ROI = `query($from: LocalDate!, $to: LocalDate!) { campaignRoi(from: $from, to: $to) {
  campaignId sent heldOut conversions cost roi delivered opened clicked deliveryRate openRate clickRate conversionRate costPerDelivered } }`;

type Entry = { customer: { id: string }; status: string; messageId: string | null; deliveryStage: string | null; deliveredAt: string | null; openedAt: string | null; clickedAt: string | null };
const minute = (m: number) => new Date(t0.getTime() + m * 60_000).toISOString();

let campaign = '';
/** The campaign's SENT entries, oldest first (the send log is newest first). */
const sent = async (): Promise<Entry[]> => ((await h.ok(LOG, { c: campaign }, h.tokens.marketer)).sendLog.nodes as Entry[]).filter((e) => e.status === 'SENT').reverse();
type Receipt = { messageId: string; stage: string; at: string };
const record = (receipts: Receipt[], token = h.tokens.system) => h.gql(RECORD, { i: receipts }, token);
/** Each receipt's outcome and its message's stage after the batch. */
const outcomes = async (receipts: Receipt[]) =>
  (await h.ok(RECORD, { i: receipts }, h.tokens.system)).recordDeliveryReceipts.map((r: { outcome: string; stage: string }) => [r.outcome, r.stage]);

beforeAll(async () => {
  await taggedAudience(h, 'receipts', 10, 'SMS');
  await h.settle();
  const segmentId = await saveSegment(h, 'receipts', cond('TAG', 'HAS', { value: 'receipts' }));
  const i = { name: '回执', kind: 'ONE_SHOT', channel: 'SMS', segmentId, holdoutPercent: 20, costPerMessage: '1.00', variants: [{ code: 'A', weight: 1, body: '新品' }] };
  campaign = (await h.ok(CREATE_CAMPAIGN, { i }, h.tokens.marketer)).createCampaign.id;
  await h.ok(LAUNCH, { id: campaign }, h.tokens.marketer);
  await h.runJob('campaign-timers');
  clock.set(new Date(t0.getTime() + 30 * 60_000));
}, 120_000);

test('only the integration role records receipts', async () => {
  const [m] = await sent();
  const receipt = [{ messageId: m.messageId!, stage: 'DELIVERED', at: minute(1) }];
  for (const token of [h.tokens.marketer, h.tokens.admin, h.tokens.agent, await h.token('customer', m.customer.id)]) {
    expect(errorCodes(await record(receipt, token))).toEqual(['FORBIDDEN']);
  }
  expect(errorCodes(await h.gql(RECORD, { i: receipt }))).toEqual(['UNAUTHENTICATED']);
  expect((await sent())[0].deliveryStage).toBeNull();
});

test('receipts move a message forward only, are idempotent, and report unknown ids without failing the batch', async () => {
  const [a, b, c] = await sent();
  const unknown = randomUUID();
  const first = await record([
    { messageId: a.messageId!, stage: 'DELIVERED', at: minute(1) },
    { messageId: b.messageId!, stage: 'OPENED', at: minute(2) },
    { messageId: unknown, stage: 'DELIVERED', at: minute(1) },
    { messageId: 'not-a-message', stage: 'CLICKED', at: minute(1) },
    { messageId: c.messageId!.toUpperCase(), stage: 'CLICKED', at: minute(3) },
  ]);
  expect(first.errors).toBeUndefined();
  expect(first.data!.recordDeliveryReceipts).toEqual([
    { messageId: a.messageId, outcome: 'APPLIED', stage: 'DELIVERED' },
    { messageId: b.messageId, outcome: 'APPLIED', stage: 'OPENED' },
    { messageId: unknown, outcome: 'UNKNOWN_MESSAGE', stage: null },
    { messageId: 'not-a-message', outcome: 'UNKNOWN_MESSAGE', stage: null },
    { messageId: c.messageId!.toUpperCase(), outcome: 'APPLIED', stage: 'CLICKED' },
  ]);
  const after = await sent();
  expect(after.slice(0, 3).map((e) => [e.deliveryStage, e.deliveredAt, e.openedAt, e.clickedAt])).toEqual([
    ['DELIVERED', minute(1), null, null],
    ['OPENED', minute(2), minute(2), null], // an opened message was delivered
    ['CLICKED', minute(3), minute(3), minute(3)],
  ]);

  // the same batch again, and late receipts for earlier stages: nothing changes
  const again = await outcomes([
    { messageId: a.messageId!, stage: 'DELIVERED', at: minute(4) },
    { messageId: b.messageId!, stage: 'DELIVERED', at: minute(1) },
    { messageId: c.messageId!, stage: 'OPENED', at: minute(2) },
  ]);
  expect(again).toEqual([
    ['UNCHANGED', 'DELIVERED'],
    ['UNCHANGED', 'OPENED'],
    ['UNCHANGED', 'CLICKED'],
  ]);
  expect(await sent()).toEqual(after);

  // forward: a's click arrives, with its open implied; one batch may hold several receipts of one message
  const forward = await outcomes([
    { messageId: a.messageId!, stage: 'OPENED', at: minute(5) },
    { messageId: a.messageId!, stage: 'CLICKED', at: minute(6) },
    { messageId: a.messageId!, stage: 'OPENED', at: minute(7) },
  ]);
  expect(forward).toEqual([
    ['APPLIED', 'CLICKED'],
    ['APPLIED', 'CLICKED'],
    ['UNCHANGED', 'CLICKED'],
  ]);
  expect((await sent())[0]).toMatchObject({ deliveryStage: 'CLICKED', deliveredAt: minute(1), openedAt: minute(5), clickedAt: minute(6) });
});

test('a batch of more than 500, or a receipt from the future, is BAD_USER_INPUT and records nothing', async () => {
  const entries = await sent();
  const target = entries[5];
  const before = await sent();
  const many = Array.from({ length: 501 }, () => ({ messageId: target.messageId!, stage: 'DELIVERED', at: minute(1) }));
  expect(errorCodes(await record(many))).toEqual(['BAD_USER_INPUT']);
  const future = new Date(clock.now().getTime() + 6 * 60_000).toISOString();
  expect(errorCodes(await record([{ messageId: target.messageId!, stage: 'DELIVERED', at: minute(1) }, { messageId: entries[6].messageId!, stage: 'OPENED', at: future }]))).toEqual([
    'BAD_USER_INPUT',
  ]);
  expect(await sent()).toEqual(before);
  expect((await record(many.slice(0, 500))).data!.recordDeliveryReceipts).toHaveLength(500);
});

test('a batch costs the same statements whatever its size', async () => {
  const entries = await sent();
  const count = async (n: number, stage: string) => {
    await h.sql(`update marketing.send_log set delivered_at = null, opened_at = null, clicked_at = null where campaign_id = $1`, [campaign]);
    const before = h.marketing.statements.count;
    const res = await record(entries.slice(0, n).map((e) => ({ messageId: e.messageId!, stage, at: minute(8) })).concat({ messageId: randomUUID(), stage, at: minute(8) }));
    expect(res.errors).toBeUndefined();
    return h.marketing.statements.count - before;
  };
  const one = await count(1, 'OPENED');
  const all = await count(entries.length, 'OPENED');
  expect(entries.length).toBe(8);
  expect(all).toBe(one);
});

test('campaign ROI counts delivered, opened and clicked messages, and takes its rates over the delivered ones', async () => {
  // state now: 8 sent (2 held out); a CLICKED, b OPENED, c CLICKED, d–h OPENED by the batch tests: reset to a known picture
  await h.sql(`update marketing.send_log set delivered_at = null, opened_at = null, clicked_at = null where campaign_id = $1`, [campaign]);
  const [a, b, c, d] = await sent();
  await record([
    { messageId: a.messageId!, stage: 'CLICKED', at: minute(10) },
    { messageId: b.messageId!, stage: 'OPENED', at: minute(10) },
    { messageId: c.messageId!, stage: 'DELIVERED', at: minute(10) },
    { messageId: d.messageId!, stage: 'DELIVERED', at: minute(10) },
  ]);
  clock.set(new Date(t0.getTime() + DAY_MS));
  await h.order(a.customer.id, { amount: '100.00' }); // a delivered message converts
  const lost = (await sent())[7];
  await h.order(lost.customer.id, { amount: '40.00' }); // a message never reported delivered: in revenue, not in the delivered conversion rate
  await h.settle();
  const { campaignRoi } = await h.ok(ROI, { from: '2026-01-15', to: '2026-01-16' }, h.tokens.marketer);
  expect(campaignRoi).toEqual([
    {
      campaignId: campaign, sent: 8, heldOut: 2, conversions: 2, cost: '8.00', roi: 16.5, // no holdout revenue: (140 − 8) / 8
      delivered: 4, opened: 2, clicked: 1, deliveryRate: 0.5, openRate: 0.5, clickRate: 0.25, conversionRate: 0.25, costPerDelivered: '2.00',
    },
  ]);
  // receipts that come in later move the figures of the same range
  await record([{ messageId: lost.messageId!, stage: 'OPENED', at: minute(20) }]);
  const [later] = (await h.ok(ROI, { from: '2026-01-15', to: '2026-01-16' }, h.tokens.marketer)).campaignRoi;
  expect(later).toMatchObject({ delivered: 5, opened: 3, clicked: 1, conversionRate: 0.4, costPerDelivered: '1.60' });
  // and the campaign's A/B report shows them per arm
  const { campaign: shown } = await h.ok(`query($id: ID!) { campaign(id: $id) { report { code audience delivered opened clicked deliveryRate openRate clickRate conversionRate } } }`, { id: campaign }, h.tokens.agent);
  expect(shown.report).toEqual([
    { code: 'A', audience: 8, delivered: 5, opened: 3, clicked: 1, deliveryRate: 0.625, openRate: 0.6, clickRate: 0.2, conversionRate: 0.4 },
    { code: 'HOLDOUT', audience: 2, delivered: 0, opened: 0, clicked: 0, deliveryRate: null, openRate: null, clickRate: null, conversionRate: null },
  ]);
});
