import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { cond, CREATE_CAMPAIGN, LAUNCH, saveSegment, taggedAudience, useMarketingStack, type Harness } from './support';

/** Issue 14: ROI across campaigns, through the gateway, over Asia/Shanghai business days. */
const t0 = new Date('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai, outside the SMS quiet hours
const clock = new ManualClock(t0);
const h = useMarketingStack('mkroi', clock);

const ROI = `query($from: LocalDate!, $to: LocalDate!, $channel: String) { campaignRoi(from: $from, to: $to, channel: $channel) {
  campaignId name channel sent heldOut conversions revenue incrementalRevenue cost roi attributedRoi } }`;

async function oneShot(h: Harness, input: Record<string, unknown>, variants: string[]): Promise<string> {
  const i = { kind: 'ONE_SHOT', attributionDays: 7, variants: variants.map((code) => ({ code, weight: 1, body: `${code} 新品` })), ...input };
  const id = (await h.ok(CREATE_CAMPAIGN, { i }, h.tokens.marketer)).createCampaign.id;
  await h.ok(LAUNCH, { id }, h.tokens.marketer);
  await h.runJob('campaign-timers');
  return id;
}

const armOf = async (campaignId: string, variant: string) =>
  (await h.sql<{ customer_id: string }>(`select customer_id from marketing.send_log where campaign_id = $1 and variant = $2 order by id`, [campaignId, variant])).map(
    (r) => r.customer_id,
  );

let sms = '';
let email = '';

beforeAll(async () => {
  await taggedAudience(h, 'roi-sms', 10, 'SMS');
  await taggedAudience(h, 'roi-mail', 2, 'EMAIL');
  await h.settle();
  const smsSegment = await saveSegment(h, 'roi sms', cond('TAG', 'HAS', { value: 'roi-sms' }));
  const mailSegment = await saveSegment(h, 'roi mail', cond('TAG', 'HAS', { value: 'roi-mail' }));
  sms = await oneShot(h, { name: 'SMS 春季', channel: 'SMS', segmentId: smsSegment, holdoutPercent: 20, costPerMessage: '1.00' }, ['A', 'B']);
  clock.advance(60_000); // campaigns are listed oldest first: created a minute apart, not at one instant
  email = await oneShot(h, { name: 'EMAIL 会员日', channel: 'EMAIL', segmentId: mailSegment, costPerMessage: '0.50' }, ['A']);

  // day 2 (2026-01-17 in Shanghai): A and B buy, the holdout buys; EMAIL one buyer
  clock.set(new Date(t0.getTime() + 2 * DAY_MS));
  const [a1, a2] = await armOf(sms, 'A');
  const [b1] = await armOf(sms, 'B');
  const [h1] = await armOf(sms, 'HOLDOUT');
  const [m1] = await armOf(email, 'A');
  await h.order(a1, { amount: '100.00' });
  await h.order(a2, { amount: '60.00' });
  await h.order(a2, { amount: '40.00' });
  await h.order(b1, { amount: '300.00' });
  await h.order(h1, { amount: '50.00' });
  await h.order(m1, { amount: '80.00' });
  // the last minutes of Shanghai 2026-01-18 and the first of 2026-01-19 (both inside the 7-day window)
  clock.set(new Date('2026-01-19T03:00:00.000Z'));
  await h.order(b1, { amount: '20.00', paidAt: new Date('2026-01-18T15:50:00.000Z') });
  await h.order(m1, { amount: '10.00', paidAt: new Date('2026-01-18T16:10:00.000Z') });
  await h.settle();
}, 120_000);

test('ROI across campaigns: the A/B report\'s incremental ROI per campaign, attributed ROI for all, checked by hand', async () => {
  const { campaignRoi } = await h.ok(ROI, { from: '2026-01-15', to: '2026-01-18' }, h.tokens.marketer);
  expect(campaignRoi).toEqual([
    // A: 4 sent, 200.00; B: 4 sent, 320.00; holdout 2 members, 50.00 → 25.00 each; cost 8.00
    // incremental (200 − 100) + (320 − 100) = 320.00; ROI (320 − 8) / 8 = 39; attributed (520 − 8) / 8 = 64
    {
      campaignId: sms, name: 'SMS 春季', channel: 'SMS', sent: 8, heldOut: 2, conversions: 3,
      revenue: '520.00', incrementalRevenue: '320.00', cost: '8.00', roi: 39, attributedRoi: 64,
    },
    // no holdout: no incremental ROI; 2 sent × 0.50, 80.00 paid by 2026-01-18 (the 10.00 of 01-19 is outside)
    {
      campaignId: email, name: 'EMAIL 会员日', channel: 'EMAIL', sent: 2, heldOut: 0, conversions: 1,
      revenue: '80.00', incrementalRevenue: null, cost: '1.00', roi: null, attributedRoi: 79,
    },
  ]);
  // the next business day holds only the 10.00 paid 00:10 in Shanghai on 2026-01-19: no sends that day
  const next = (await h.ok(ROI, { from: '2026-01-19', to: '2026-01-19' }, h.tokens.admin)).campaignRoi;
  expect(next).toEqual([expect.objectContaining({ campaignId: email, sent: 0, conversions: 1, revenue: '10.00', cost: '0.00', attributedRoi: null })]);
  expect((await h.ok(ROI, { from: '2026-01-01', to: '2026-01-14' }, h.tokens.marketer)).campaignRoi).toEqual([]);
});

test('one channel only; the statements do not grow with the number of campaigns', async () => {
  const count = async (channel: string | null) => {
    const before = h.marketing.statements.count;
    const { campaignRoi } = await h.ok(ROI, { from: '2026-01-15', to: '2026-01-31', channel }, h.tokens.marketer);
    return { ids: campaignRoi.map((r: { campaignId: string }) => r.campaignId), statements: h.marketing.statements.count - before };
  };
  const one = await count('SMS');
  const both = await count(null);
  expect(one.ids).toEqual([sms]);
  expect(both.ids).toEqual([sms, email]);
  expect(both.statements).toBe(one.statements);
});

test('impossible ranges and unknown channels are BAD_USER_INPUT; only marketers and admins see ROI', async () => {
  const codes = async (vars: Record<string, unknown>, token = h.tokens.marketer) => errorCodes(await h.gql(ROI, vars, token));
  expect(await codes({ from: '2026-01-18', to: '2026-01-15' })).toEqual(['BAD_USER_INPUT']);
  expect(await codes({ from: '2025-01-01', to: '2026-02-05' })).toEqual(['BAD_USER_INPUT']); // 401 days
  expect(await codes({ from: '2026-02-30', to: '2026-03-01' })).toEqual(['BAD_USER_INPUT']);
  expect(await codes({ from: '2026-01-15', to: '2026-01-18', channel: 'FAX' })).toEqual(['BAD_USER_INPUT']);
  expect(await codes({ from: '2026-01-15', to: '2026-01-18' }, h.tokens.agent)).toEqual(['FORBIDDEN']);
  const customer = await h.token('customer', (await armOf(sms, 'A'))[0]);
  expect(await codes({ from: '2026-01-15', to: '2026-01-18' }, customer)).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(ROI, { from: '2026-01-15', to: '2026-01-18' }))).toEqual(['UNAUTHENTICATED']);
});
