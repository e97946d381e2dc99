import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { cond, decisions, launchCampaign, saveSegment, SAVE_SEGMENT, SEND_LOG, SET_POLICY, CREATE_TEMPLATE, useMarketingStack } from './support';

const t0 = new Date('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai
const clock = new ManualClock(t0);
const h = useMarketingStack('mkdonewhen', clock, ['customer', 'marketing']);
const c: Record<string, string> = {};
const at = (days: number, hours = 0) => new Date(t0.getTime() + days * DAY_MS + hours * 3_600_000);

const RULE = { and: [cond('RECENCY', 'LTE', { value: '2' }), cond('TAG', 'HAS', { value: '母婴' }), cond('CONSENT', 'HAS', { value: 'SMS' })] };
const PREVIEW = `query($r: SegmentRuleInput!) { previewSegment(rule: $r) { count ruleText sample { id } } }`;

/**
 * 15 customers with one order each, 150, 140, … 10 days ago: RFM recency quintiles of three, so
 * R ≤ 2 is c1–c6. Tag 母婴 on c1–c6 and c10; SMS marketing consent on c1, c2, c3, c5, c10.
 * "R ≤ 2 and tag 母婴 and consent SMS" is therefore c1, c2, c3, c5.
 */
beforeAll(async () => {
  for (let i = 1; i <= 15; i++) {
    c[`c${i}`] = await h.customer({ name: `顾客${i}` });
    await h.order(c[`c${i}`], { paidAt: new Date(t0.getTime() - (160 - i * 10) * DAY_MS), lines: [{ sku: `SKU-${i % 4}`, category: '奶粉', amount: '120.00' }] });
  }
  for (const n of [1, 2, 3, 4, 5, 6, 10]) await h.tag(c[`c${n}`], '母婴');
  for (const n of [1, 2, 3, 5, 10]) await h.consent(c[`c${n}`], 'SMS');
  await h.tag(c.c2, 'VIP');
  await h.tag(c.c6, 'VIP');
  await h.refreshRfm();
  await h.settle();
});

const name = (id: string) => Object.keys(c).find((k) => c[k] === id);

test('a marketer previews and saves "R ≤ 2 and tag 母婴 and consent SMS"; an "inactive 30 days → coupon" campaign issues coupons to exactly the qualifying customers', async () => {
  // preview: the count and a sample, nothing saved
  const preview = (await h.ok(PREVIEW, { r: RULE }, h.tokens.marketer)).previewSegment;
  expect(preview.count).toBe(4);
  expect(preview.ruleText).toBe('RECENCY ≤ 2 AND TAG HAS "母婴" AND CONSENT HAS SMS');
  expect(preview.sample.map((s: { id: string }) => name(s.id)).sort()).toEqual(['c1', 'c2', 'c3', 'c5']);
  expect(await h.sql(`select count(*)::int as n from marketing.segments`)).toEqual([{ n: 0 }]);

  const saved = (await h.ok(SAVE_SEGMENT, { i: { name: '母婴沉睡高价值', rule: RULE } }, h.tokens.marketer)).saveSegment;
  expect(saved).toMatchObject({ memberCount: 4, ruleText: preview.ruleText });
  const vip = await saveSegment(h, 'VIP', cond('TAG', 'HAS', { value: 'VIP' }));

  // SMS: at most one message per customer per 24 hours
  await h.ok(SET_POLICY, { i: { channel: 'SMS', maxPerWindow: 1, windowHours: 24, quietStart: '21:00', quietEnd: '09:00' } }, h.tokens.marketer);
  const template = (await h.ok(CREATE_TEMPLATE, { i: { name: '回归礼 20 元', kind: 'AMOUNT_OFF', amountOff: '20.00', validDays: 30, stock: 100, claimable: false } }, h.tokens.marketer))
    .createCouponTemplate.id;
  const comeback = await launchCampaign(h, {
    name: '沉睡 30 天唤醒',
    kind: 'TRIGGERED',
    channel: 'SMS',
    segmentId: saved.id,
    couponTemplateId: template,
    trigger: { type: 'INACTIVE_DAYS', days: 30 },
  });

  // day 5: c4 grants SMS consent and joins the segment (its facts changed: only c4 is evaluated)
  clock.set(at(5));
  await h.consent(c.c4, 'SMS');
  await h.settle();
  // day 10: c3 logs in, so it is not inactive for 30 days when the others are
  clock.set(at(10));
  await h.behaviour([{ customerId: c.c3, kind: 'LOGIN' }]);
  await h.settle();
  // day 20: c5 withdraws SMS consent and leaves the segment
  clock.set(at(20));
  await h.consent(c.c5, 'SMS', false);
  await h.settle();
  const members = await h.ok(`query($id: ID!) { segment(id: $id) { memberCount } }`, { id: saved.id }, h.tokens.agent);
  expect(members.segment.memberCount).toBe(4); // c1, c2, c3, c4
  const changes = await h.ok(`query($id: ID!) { segmentChanges(customerId: $id) { segmentName joined cause } }`, { id: c.c5 }, h.tokens.marketer);
  expect(changes.segmentChanges).toEqual([
    { segmentName: '母婴沉睡高价值', joined: false, cause: 'EVENT' },
    { segmentName: '母婴沉睡高价值', joined: true, cause: 'SAVE' },
  ]);

  // an hour before the inactivity timers are due, a one-shot SMS to the VIP segment reaches c2 (c6 has no consent)
  clock.set(at(30, -1));
  const news = await launchCampaign(h, { name: 'VIP 上新', kind: 'ONE_SHOT', channel: 'SMS', segmentId: vip });
  await h.runJob('campaign-timers');
  expect(Object.fromEntries(Object.entries(await decisions(h, news)).map(([id, d]) => [name(id), d]))).toEqual({ c2: ['SENT'], c6: ['SUPPRESSED:NO_CONSENT'] });

  // the timers come due: c1 and c4 get the coupon; c2 is capped (one SMS in 24 h); c3 was active; c5 left
  clock.set(at(30, 1));
  await h.runJob('campaign-timers');
  await h.runJob('campaign-timers'); // running again changes nothing
  expect(Object.fromEntries(Object.entries(await decisions(h, comeback)).map(([id, d]) => [name(id), d]))).toEqual({
    c1: ['SENT'],
    c2: ['SUPPRESSED:FREQUENCY_CAP'],
    c4: ['SENT'],
  });
  const coupons = await h.sql(`select customer_id, source, campaign_id from marketing.coupons order by customer_id`);
  expect(coupons.map((r) => name(r.customer_id)).sort()).toEqual(['c1', 'c4']);
  expect(coupons.every((r) => r.source === 'CAMPAIGN' && r.campaign_id === comeback)).toBe(true);
  const messages = await h.sql(`select customer_id, channel, body from marketing.messages where campaign_id = $1`, [comeback]);
  expect(messages).toHaveLength(2);
  expect(messages[0].body).toMatch(/^您好 [A-Z2-9]{12}$/);

  // the suppressions are in the send log with their reasons, for staff through the gateway
  const log = await h.ok(SEND_LOG, { c: comeback, n: 10 }, h.tokens.agent);
  expect(log.sendLog.nodes.map((n: any) => [name(n.customer.id), n.status, n.reason]).sort()).toEqual([
    ['c1', 'SENT', null],
    ['c2', 'SUPPRESSED', 'FREQUENCY_CAP'],
    ['c4', 'SENT', null],
  ]);
  expect(log.sendLog.totalCount).toBe(3);
  expect((await h.ok(SEND_LOG, { c: comeback, n: 1 }, h.tokens.agent)).sendLog).toMatchObject({ totalCount: 3, nodes: [expect.anything()] });

  // c3 stays a member with its timer moved to 30 days after its login
  const [timer] = await h.sql(`select due_at from marketing.campaign_timers where campaign_id = $1 and customer_id = $2`, [comeback, c.c3]);
  expect(new Date(timer.due_at).toISOString()).toBe(at(40).toISOString());
});

test('a customer reads their coupons and recommendations in one request: me { coupons recommendations }', async () => {
  const token = await h.token('customer', c.c1);
  const res = await h.gql(
    `{ me { id name coupons { code status source validUntil template { name kind amountOff } } recommendations(first: 3) { sku reason } } }`,
    {},
    token,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.me.name).toBe('顾客1');
  expect(res.data.me.coupons).toEqual([
    expect.objectContaining({ status: 'AVAILABLE', source: 'CAMPAIGN', template: { name: '回归礼 20 元', kind: 'AMOUNT_OFF', amountOff: '20.00' } }),
  ]);
  expect(res.data.me.coupons[0].validUntil).toBe(new Date(at(30, 1).getTime() + 30 * DAY_MS).toISOString());
  expect(res.data.me.recommendations.length).toBeGreaterThan(0);
  expect(res.data.me.recommendations.every((r: { sku: string }) => r.sku !== 'SKU-1')).toBe(true); // c1 bought SKU-1
});
