import { randomUUID } from 'node:crypto';
import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { inTransaction } from '@member-graph/common/db';
import { cond, CREATE_CAMPAIGN, CREATE_TEMPLATE, decisions, LAUNCH, saveSegment, taggedAudience, useMarketingStack } from './support';

/** Issue 15: a campaign's window (startsAt, endsAt) and budget, through the gateway, on the stack's clock. */
const t0 = new Date('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai, outside the quiet hours
const clock = new ManualClock(t0);
const h = useMarketingStack('mkschedule', clock);
const days = (n: number) => new Date(t0.getTime() + n * DAY_MS);

const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { status phase startsAt endsAt budget spent remaining } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { phase startsAt endsAt budget spent remaining } }`;
const show = async (id: string) => (await h.ok(CAMPAIGN, { id }, h.tokens.agent)).campaign;
const timers = (id: string) => h.sql<{ due: Date }>(`select due_at as due from marketing.campaign_timers where campaign_id = $1`, [id]);
const statuses = async (id: string) => Object.values(await decisions(h, id)).flat().sort();

/** `n` new customers with marketing consent on the channel, tagged, and a segment of exactly them. */
async function audience(n: number, channel: string): Promise<{ ids: string[]; segmentId: string }> {
  const tag = `sched-${randomUUID().slice(0, 8)}`;
  const ids = await taggedAudience(h, tag, n, channel);
  await h.settle();
  return { ids, segmentId: await saveSegment(h, tag, cond('TAG', 'HAS', { value: tag })) };
}

async function create(input: Record<string, unknown>): Promise<string> {
  const i = { name: 'c', variants: [{ code: 'A', weight: 1, body: '您好 {couponCode}' }], ...input };
  return (await h.ok(CREATE_CAMPAIGN, { i }, h.tokens.marketer)).createCampaign.id;
}
const launch = (id: string) => h.ok(LAUNCH, { id }, h.tokens.marketer);

test('a one-shot campaign waits for its start, sends inside its window, and shows its phase', async () => {
  clock.set(t0);
  const { ids, segmentId } = await audience(3, 'SMS');
  const id = await create({ kind: 'ONE_SHOT', channel: 'SMS', segmentId, startsAt: days(1).toISOString(), endsAt: days(2).toISOString() });
  expect(await show(id)).toMatchObject({ status: 'DRAFT', phase: 'SCHEDULED', startsAt: days(1).toISOString(), endsAt: days(2).toISOString(), budget: null, spent: '0.00', remaining: null });
  await launch(id);
  expect((await timers(id)).map((t) => new Date(t.due).toISOString())).toEqual(Array(3).fill(days(1).toISOString()));
  await h.runJob('campaign-timers');
  clock.set(new Date(days(1).getTime() - 1000));
  await h.runJob('campaign-timers');
  expect(await decisions(h, id)).toEqual({});
  clock.set(days(1));
  expect((await show(id)).phase).toBe('OPEN');
  await h.runJob('campaign-timers');
  expect(await statuses(id)).toEqual(['SENT', 'SENT', 'SENT']);
  expect(Object.keys(await decisions(h, id)).sort()).toEqual([...ids].sort());
  clock.set(days(2));
  expect((await show(id)).phase).toBe('ENDED');
  // an ended campaign is not launched again
  await h.ok(`mutation($id: ID!) { pauseCampaign(id: $id) { status } }`, { id }, h.tokens.marketer);
  expect(errorCodes(await h.gql(LAUNCH, { id }, h.tokens.marketer))).toEqual(['CAMPAIGN_STATE']);
});

test('moving the start later moves the queued sends; a queued send due after the end is logged OUTSIDE_WINDOW', async () => {
  clock.set(t0);
  const { segmentId } = await audience(2, 'SMS');
  const id = await create({ kind: 'ONE_SHOT', channel: 'SMS', segmentId });
  await h.ok(UPDATE, { id, i: { startsAt: days(3).toISOString() } }, h.tokens.marketer);
  await launch(id);
  const moved = await h.ok(UPDATE, { id, i: { startsAt: days(4).toISOString(), endsAt: days(5).toISOString() } }, h.tokens.marketer);
  expect(moved.updateCampaign).toMatchObject({ phase: 'SCHEDULED', startsAt: days(4).toISOString(), endsAt: days(5).toISOString() });
  expect((await timers(id)).map((t) => new Date(t.due).toISOString())).toEqual(Array(2).fill(days(4).toISOString()));
  clock.set(days(3));
  await h.runJob('campaign-timers');
  expect(await decisions(h, id)).toEqual({});
  // the window closes before anyone's turn comes (the job did not run inside it)
  clock.set(days(5));
  await h.runJob('campaign-timers');
  await h.runJob('campaign-timers');
  expect(await statuses(id)).toEqual(['SUPPRESSED:OUTSIDE_WINDOW', 'SUPPRESSED:OUTSIDE_WINDOW']);
  expect(await h.sql(`select count(*)::int as n from marketing.messages where campaign_id = $1`, [id])).toEqual([{ n: 0 }]);
});

test('a message deferred by quiet hours past the window\'s end is not sent', async () => {
  clock.set('2026-01-20T14:00:00.000Z'); // 22:00 in Shanghai: SMS quiet hours (21:00–09:00)
  const { ids, segmentId } = await audience(1, 'SMS');
  const id = await create({ kind: 'ONE_SHOT', channel: 'SMS', segmentId, endsAt: '2026-01-21T00:00:00.000Z' }); // 08:00 in Shanghai
  await launch(id);
  await h.runJob('campaign-timers');
  expect(await decisions(h, id)).toEqual({ [ids[0]]: ['DEFERRED:QUIET_HOURS'] });
  clock.set('2026-01-21T01:00:00.000Z'); // 09:00: the quiet hours are over, and so is the window
  await h.runJob('campaign-timers');
  expect(await decisions(h, id)).toEqual({ [ids[0]]: ['DEFERRED:QUIET_HOURS', 'SUPPRESSED:OUTSIDE_WINDOW'] });
});

test('a triggered campaign ignores triggers before its start and after its end', async () => {
  clock.set(t0);
  const [early, inside, late] = [await h.customer(), await h.customer(), await h.customer()];
  for (const c of [early, inside, late]) await h.consent(c, 'PUSH');
  const id = await create({
    kind: 'TRIGGERED', channel: 'PUSH', trigger: { type: 'CATEGORY_BROWSED', times: 1, category: '玩具' },
    startsAt: days(1).toISOString(), endsAt: days(2).toISOString(),
  });
  await launch(id);
  const browse = async (customerId: string) => {
    await h.behaviour([{ customerId, kind: 'BROWSE', category: '玩具' }]);
    await h.settle();
  };
  await browse(early);
  expect(await decisions(h, id)).toEqual({});
  clock.set(days(1.25)); // 16:00 in Shanghai
  await browse(inside);
  clock.set(days(2));
  await browse(late);
  expect(await decisions(h, id)).toEqual({ [inside]: ['SENT'] });
  // ignored, not used up: nothing was claimed for the early and late customers
  expect(await h.sql(`select customer_id from marketing.campaign_firings where campaign_id = $1`, [id])).toEqual([{ customer_id: inside }]);
});

test('schedule and budget input is checked; only marketers and admins change them; bad input changes nothing', async () => {
  clock.set(t0);
  const codes = async (q: string, vars: Record<string, unknown>, token = h.tokens.marketer) => errorCodes(await h.gql(q, vars, token));
  const base = { name: 'x', kind: 'TRIGGERED', channel: 'PUSH', trigger: { type: 'TIER_UPGRADED' }, variants: [{ code: 'A', weight: 1, body: 'hi' }] };
  expect(await codes(CREATE_CAMPAIGN, { i: { ...base, startsAt: days(2).toISOString(), endsAt: days(1).toISOString() } })).toEqual(['BAD_USER_INPUT']);
  expect(await codes(CREATE_CAMPAIGN, { i: { ...base, endsAt: days(-1).toISOString() } })).toEqual(['BAD_USER_INPUT']);
  expect(await codes(CREATE_CAMPAIGN, { i: { ...base, startsAt: days(800).toISOString() } })).toEqual(['BAD_USER_INPUT']);
  expect(await codes(CREATE_CAMPAIGN, { i: { ...base, budget: '-1.00' } })).toEqual(['BAD_USER_INPUT']);
  expect(await codes(CREATE_CAMPAIGN, { i: { ...base, budget: '100000000.01' } })).toEqual(['BAD_USER_INPUT']);
  const id = await create({ ...base, startsAt: days(1).toISOString(), budget: '10.00' });
  const before = await show(id);
  expect(await codes(UPDATE, { id, i: { endsAt: days(0.5).toISOString() } })).toEqual(['BAD_USER_INPUT']); // before the start
  expect(await codes(UPDATE, { id, i: { budget: '-5.00' } })).toEqual(['BAD_USER_INPUT']);
  expect(await codes(UPDATE, { id, i: { budget: '1.00' } }, h.tokens.agent)).toEqual(['FORBIDDEN']);
  expect(await codes(UPDATE, { id, i: { budget: '1.00' } }, await h.token('customer', randomUUID()))).toEqual(['FORBIDDEN']);
  expect(await codes(UPDATE, { id: randomUUID(), i: { budget: '1.00' } })).toEqual(['NOT_FOUND']);
  expect(await show(id)).toEqual(before);
  // left out keeps, null clears
  const cleared = (await h.ok(UPDATE, { id, i: { startsAt: null } }, h.tokens.admin)).updateCampaign;
  expect(cleared).toMatchObject({ phase: 'OPEN', startsAt: null, budget: '10.00', remaining: '10.00' });
  expect((await h.ok(UPDATE, { id, i: { budget: null } }, h.tokens.marketer)).updateCampaign).toMatchObject({ budget: null, remaining: null });
});

test('the campaign list shows window, phase and budget in the statements of its plain page', async () => {
  const count = async (fields: string) => {
    const before = h.marketing.statements.count;
    const { campaigns } = await h.ok(`{ campaigns { ${fields} } }`, {}, h.tokens.marketer);
    return { n: campaigns.length, statements: h.marketing.statements.count - before };
  };
  const plain = await count('id');
  const full = await count('id phase startsAt endsAt budget spent remaining');
  expect(plain.n).toBeGreaterThan(4);
  expect(full.statements).toBe(plain.statements);
});

test('a budget stops a one-shot campaign exactly when spent, with the timer job running four times at once', async () => {
  clock.set(days(10));
  const { segmentId } = await audience(10, 'EMAIL');
  const id = await create({ kind: 'ONE_SHOT', channel: 'EMAIL', segmentId, costPerMessage: '1.00', budget: '5.00' });
  await launch(id);
  const job = h.job('campaign-timers');
  await Promise.all([job.run(), job.run(), job.run(), job.run()]);
  await job.run();
  expect(await statuses(id)).toEqual([...Array(5).fill('SENT'), ...Array(5).fill('SUPPRESSED:BUDGET_SPENT')].sort());
  expect(await show(id)).toMatchObject({ budget: '5.00', spent: '5.00', remaining: '0.00' });
  expect(await h.sql(`select count(*)::int as n from marketing.messages where campaign_id = $1`, [id])).toEqual([{ n: 5 }]);
  const skipped = await h.ok(`query($c: ID) { sendLog(campaignId: $c, status: SUPPRESSED, first: 20) { totalCount nodes { reason messageId } } }`, { c: id }, h.tokens.marketer);
  expect(skipped.sendLog.totalCount).toBe(5);
  expect(skipped.sendLog.nodes.every((n: { reason: string; messageId: string | null }) => n.reason === 'BUDGET_SPENT' && n.messageId === null)).toBe(true);
});

test('coupon value counts against the budget; concurrent triggers never overspend it and a skipped send issues no coupon', async () => {
  clock.set(days(11));
  const template = (
    await h.ok(CREATE_TEMPLATE, { i: { name: '5 元券', kind: 'AMOUNT_OFF', amountOff: '5.00', validDays: 7, stock: 100, perCustomerLimit: 1 } }, h.tokens.marketer)
  ).createCouponTemplate.id;
  // each send: 1.00 message + 5.00 coupon = 6.00; 20.00 pays three (18.00), a fourth would be 24.00
  const id = await create({ kind: 'TRIGGERED', channel: 'PUSH', trigger: { type: 'CATEGORY_BROWSED', times: 1 }, couponTemplateId: template, costPerMessage: '1.00', budget: '20.00' });
  await launch(id);
  const customers: string[] = [];
  for (let i = 0; i < 8; i++) {
    const c = await h.customer();
    await h.consent(c, 'PUSH');
    customers.push(c);
  }
  await h.settle();
  // eight browse events handled at once, each in its own transaction, as eight consumer replicas would
  const { triggers } = h.marketing.services;
  await Promise.all(customers.map((c) => inTransaction(h.marketing.dataSource, (tx) => triggers.onBrowsed(tx, c, '玩具', 1, clock.now()))));
  expect(await statuses(id)).toEqual([...Array(3).fill('SENT'), ...Array(5).fill('SUPPRESSED:BUDGET_SPENT')].sort());
  expect(await show(id)).toMatchObject({ budget: '20.00', spent: '18.00', remaining: '2.00' });
  expect(await h.sql(`select count(*)::int as n from marketing.coupons where campaign_id = $1`, [id])).toEqual([{ n: 3 }]);
  expect(await h.sql(`select issued from marketing.coupon_templates where id = $1`, [template])).toEqual([{ issued: 3 }]);
  // raising the budget lets the next trigger through
  await h.ok(UPDATE, { id, i: { budget: '24.00' } }, h.tokens.marketer);
  const next = await h.customer();
  await h.consent(next, 'PUSH');
  await h.behaviour([{ customerId: next, kind: 'BROWSE', category: '玩具' }]);
  await h.settle();
  expect((await decisions(h, id))[next]).toEqual(['SENT']);
  expect(await show(id)).toMatchObject({ spent: '24.00', remaining: '0.00' });
});
