import { inTransaction } from '@member-graph/common/db';
import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { selectCampaigns } from '../src/campaign/campaign.repository';
import { channelAdapters, type ChannelAdapter } from '../src/campaign/channel.adapter';
import { DeliveryService } from '../src/campaign/delivery.service';
import { errorCodes } from '@member-graph/common/testing';
import { cond, CREATE_CAMPAIGN, LAUNCH, saveSegment, useMarketingStack } from './support';

const t0 = new Date('2026-01-15T02:00:00.000Z');
const clock = new ManualClock(t0);
const h = useMarketingStack('mkabtest', clock);

const REPORT = `query($id: ID!) { campaign(id: $id) {
  variants { code sharePercent assigned }
  report { code holdout audience conversions revenue incrementalRevenue cost roi } } }`;

test('A/B split with a holdout, attribution of orders within the window, and ROI against the holdout (checked by hand)', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const id = await h.customer();
    await h.consent(id, 'SMS');
    await h.tag(id, 'ab');
    ids.push(id);
  }
  await h.settle();
  const segment = await saveSegment(h, 'ab', cond('TAG', 'HAS', { value: 'ab' }));
  const campaign = (
    await h.ok(
      CREATE_CAMPAIGN,
      {
        i: {
          name: '春季上新 A/B',
          kind: 'ONE_SHOT',
          channel: 'SMS',
          segmentId: segment,
          holdoutPercent: 20,
          costPerMessage: '1.00',
          attributionDays: 7,
          variants: [
            { code: 'A', weight: 1, body: '新品 8 折' },
            { code: 'B', weight: 1, body: '新品满 200 减 30' },
          ],
        },
      },
      h.tokens.marketer,
    )
  ).createCampaign.id;
  await h.ok(LAUNCH, { id: campaign }, h.tokens.marketer);
  await h.runJob('campaign-timers');

  // 40 / 40 / 20 over 10 customers: exactly 4, 4 and 2; the holdout is sent nothing
  const arms = await h.sql<{ customer_id: string; variant: string; status: string }>(
    `select customer_id, variant, status from marketing.send_log where campaign_id = $1 order by id`,
    [campaign],
  );
  const of = (v: string) => arms.filter((a) => a.variant === v).map((a) => a.customer_id);
  expect([of('A').length, of('B').length, of('HOLDOUT').length]).toEqual([4, 4, 2]);
  expect(arms.filter((a) => a.variant === 'HOLDOUT').every((a) => a.status === 'HOLDOUT')).toBe(true);
  const sent = await h.sql(`select customer_id from marketing.messages where campaign_id = $1`, [campaign]);
  expect(sent.map((m) => m.customer_id).sort()).toEqual([...of('A'), ...of('B')].sort());

  // orders in the 7 days after the send are attributed to the customer's arm; one 8 days later is not
  clock.set(new Date(t0.getTime() + 2 * DAY_MS));
  const [a1, a2] = of('A');
  const [b1, b2] = of('B');
  const [h1] = of('HOLDOUT');
  await h.order(a1, { amount: '100.00' });
  await h.order(a2, { amount: '60.00' });
  await h.order(a2, { amount: '40.00' }); // a second order of the same customer: one conversion, both revenues
  await h.order(b1, { amount: '300.00' });
  await h.order(h1, { amount: '50.00' });
  clock.set(new Date(t0.getTime() + 8 * DAY_MS));
  await h.order(b2, { amount: '999.00' });
  await h.settle();

  const { campaign: result } = await h.ok(REPORT, { id: campaign }, h.tokens.marketer);
  expect(result.variants).toEqual([
    { code: 'A', sharePercent: 40, assigned: 4 },
    { code: 'B', sharePercent: 40, assigned: 4 },
    { code: 'HOLDOUT', sharePercent: 20, assigned: 2 },
  ]);
  // holdout revenue per member: 50.00 / 2 = 25.00
  // A: 200.00 − 4 × 25.00 = 100.00 incremental; cost 4 × 1.00; ROI (100 − 4) / 4 = 24
  // B: 300.00 − 4 × 25.00 = 200.00 incremental; ROI (200 − 4) / 4 = 49
  expect(result.report).toEqual([
    { code: 'A', holdout: false, audience: 4, conversions: 2, revenue: '200.00', incrementalRevenue: '100.00', cost: '4.00', roi: 24 },
    { code: 'B', holdout: false, audience: 4, conversions: 1, revenue: '300.00', incrementalRevenue: '200.00', cost: '4.00', roi: 49 },
    { code: 'HOLDOUT', holdout: true, audience: 2, conversions: 1, revenue: '50.00', incrementalRevenue: null, cost: '0.00', roi: null },
  ]);
  // attribution is idempotent: replaying the order events (a rebuild) changes nothing
  const before = await h.sql(`select * from marketing.conversions order by order_id`);
  await h.ok(`mutation { rebuildMarketingProjection { replayedEvents } }`, {}, h.tokens.admin);
  expect(await h.sql(`select * from marketing.conversions order by order_id`)).toEqual(before);
});

test('roles and validation of campaigns: marketers manage, agents read, customers see none of it', async () => {
  const customer = await h.token('customer', await h.customer());
  const input = { name: 'x', kind: 'TRIGGERED', channel: 'PUSH', trigger: { type: 'CART_ABANDONED', hours: 4 }, variants: [{ code: 'A', weight: 1, body: '购物车里的宝贝在等你' }] };
  expect(errorCodes(await h.gql(CREATE_CAMPAIGN, { i: input }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(CREATE_CAMPAIGN, { i: input }, customer))).toEqual(['FORBIDDEN']);
  const created = (await h.ok(CREATE_CAMPAIGN, { i: { ...input, personalised: false } }, h.tokens.marketer)).createCampaign;
  expect(created).toMatchObject({ status: 'DRAFT', personalised: true }); // behaviour triggers are always personalised
  expect(errorCodes(await h.gql(LAUNCH, { id: created.id }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  expect((await h.ok(`{ campaigns { id } sendLog(first: 1) { nodes { status } } channelPolicies { channel maxPerWindow quietStart } }`, {}, h.tokens.agent)).channelPolicies).toHaveLength(4);
  for (const q of [`{ campaigns { id } }`, `{ sendLog { nodes { status } } }`, `{ channelPolicies { channel } }`]) expect(errorCodes(await h.gql(q, {}, customer))).toEqual(['FORBIDDEN']);
  const policy = { channel: 'PUSH', maxPerWindow: 1, windowHours: 12 };
  expect(errorCodes(await h.gql(`mutation($i: SetChannelPolicyInput!) { setChannelPolicy(input: $i) { channel } }`, { i: policy }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  const badPolicy = await h.gql(`mutation($i: SetChannelPolicyInput!) { setChannelPolicy(input: $i) { channel } }`, { i: { ...policy, quietStart: '25:00' } }, h.tokens.marketer);
  expect(errorCodes(badPolicy)).toEqual(['BAD_USER_INPUT']);

  const invalid = async (i: Record<string, unknown>) => {
    const res = await h.gql(CREATE_CAMPAIGN, { i: { ...input, ...i } }, h.tokens.marketer);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    return res.errors![0].message;
  };
  expect(await invalid({ kind: 'ONE_SHOT' })).toBe('The campaign is invalid: a ONE_SHOT campaign needs segmentId; a ONE_SHOT campaign takes no trigger');
  expect(await invalid({ trigger: { type: 'CART_ABANDONED', days: 3 } })).toBe('The trigger is invalid: CART_ABANDONED takes no days; CART_ABANDONED needs hours (1–720)');
  expect(await invalid({ holdoutPercent: 95, variants: [{ code: 'HOLDOUT', weight: 1, body: 'x' }] })).toMatch(/HOLDOUT is reserved.*holdoutPercent must be 0–90/);
  expect(errorCodes(await h.gql(CREATE_CAMPAIGN, { i: { ...input, segmentId: '00000000-0000-4000-8000-000000000000' } }, h.tokens.marketer))).toEqual(['NOT_FOUND']);
});

test('channels are adapters behind one interface: a provider that refuses a message logs FAILED and issues no coupon', async () => {
  const { services } = h.marketing;
  const refusing: ChannelAdapter = {
    provider: 'test-sms-gateway',
    async send() {
      throw new Error('provider said no');
    },
  };
  const delivery = new DeliveryService(services.deps, services.facts, services.coupons, services.policies, channelAdapters({ SMS: refusing }));
  const id = await h.customer();
  await h.consent(id, 'SMS');
  await h.settle();
  const template = (await h.ok(`mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id } }`, { i: { name: 'gift', kind: 'AMOUNT_OFF', amountOff: '5.00', validDays: 3, stock: 5, claimable: false } }, h.tokens.marketer)).createCouponTemplate.id;
  const campaign = (await h.ok(CREATE_CAMPAIGN, { i: { name: 'provider test', kind: 'TRIGGERED', channel: 'SMS', couponTemplateId: template, trigger: { type: 'TIER_UPGRADED' }, variants: [{ code: 'A', weight: 1, body: 'x' }] } }, h.tokens.marketer)).createCampaign.id;
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const decision = await inTransaction(services.deps.dataSource, async (tx) => {
    const [row] = await selectCampaigns(tx, 'c.id = $1', [campaign]);
    return delivery.deliver(tx, row, id, 'test');
  });
  errors.mockRestore();
  expect(decision).toMatchObject({ status: 'FAILED', reason: 'CHANNEL_ERROR', couponId: null });
  expect(await h.sql(`select count(*)::int as n from marketing.coupons where template_id = $1`, [template])).toEqual([{ n: 0 }]);
  expect(await h.sql(`select issued from marketing.coupon_templates where id = $1`, [template])).toEqual([{ issued: 0 }]);
  expect(await h.sql(`select status, reason from marketing.send_log where campaign_id = $1`, [campaign])).toEqual([{ status: 'FAILED', reason: 'CHANNEL_ERROR' }]);
});
