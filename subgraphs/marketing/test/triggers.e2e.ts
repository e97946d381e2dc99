import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { decisions, launchCampaign, type Harness, useMarketingStack } from './support';

const t0 = new Date('2026-01-15T02:00:00.000Z'); // 10:00 in Shanghai
const clock = new ManualClock(t0);
const h = useMarketingStack('mktriggers', clock);
const PAUSE = `mutation($id: ID!) { pauseCampaign(id: $id) { status } }`;
const pause = (id: string) => h.ok(PAUSE, { id }, h.tokens.marketer);

/** A customer with marketing consent on the given channels. */
async function member(x: Harness, channels: string[], profile: { birthday?: string } = {}) {
  const id = await x.customer(profile);
  for (const ch of channels) await x.consent(id, ch);
  return id;
}
const log = async (campaign: string, customer: string) => (await decisions(h, campaign))[customer] ?? [];
const days = (n: number) => new Date(t0.getTime() + n * DAY_MS);

test('inactive N days: each customer fires once per stretch of inactivity, even with the job running three times at once', async () => {
  clock.set(t0);
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) ids.push(await member(h, ['SMS']));
  await h.settle();
  const campaign = await launchCampaign(h, { name: 'inactive', kind: 'TRIGGERED', channel: 'SMS', trigger: { type: 'INACTIVE_DAYS', days: 30 } });
  expect(await h.sql(`select count(*)::int as n from marketing.campaign_timers where campaign_id = $1`, [campaign])).toEqual([{ n: 12 }]);
  clock.set(days(29));
  await h.job('campaign-timers').run();
  expect(await decisions(h, campaign)).toEqual({});
  clock.set(days(31));
  const job = h.job('campaign-timers');
  await Promise.all([job.run(), job.run(), job.run()]);
  const all = await decisions(h, campaign);
  expect(Object.keys(all).sort()).toEqual([...ids].sort());
  expect(Object.values(all).every((d) => d.join() === 'SENT')).toBe(true);
  await job.run();
  expect(Object.values(await decisions(h, campaign)).flat()).toHaveLength(12);

  // one of them comes back, then stays away another 30 days: a second stretch, a second message
  await h.behaviour([{ customerId: ids[0], kind: 'BROWSE', category: '玩具' }]);
  await h.settle();
  clock.set(days(45));
  await job.run();
  expect(await log(campaign, ids[0])).toEqual(['SENT']);
  clock.set(days(62));
  await Promise.all([job.run(), job.run()]);
  expect(await log(campaign, ids[0])).toEqual(['SENT', 'SENT']);
  expect(Object.values(await decisions(h, campaign)).flat()).toHaveLength(13);
  await pause(campaign);
});

test('N days after the first order: once, N days after it', async () => {
  clock.set(t0);
  const campaign = await launchCampaign(h, { name: 'first order + 3', kind: 'TRIGGERED', channel: 'PUSH', trigger: { type: 'DAYS_AFTER_FIRST_ORDER', days: 3 } });
  const id = await member(h, ['PUSH']);
  await h.order(id);
  await h.settle();
  clock.set(new Date(t0.getTime() + 3 * DAY_MS - 60_000));
  await h.job('campaign-timers').run();
  expect(await log(campaign, id)).toEqual([]);
  clock.set(days(3));
  await h.job('campaign-timers').run();
  expect(await log(campaign, id)).toEqual(['SENT']);
  await h.order(id); // a second order is not a first order
  await h.settle();
  clock.set(days(7));
  await h.job('campaign-timers').run();
  expect(await log(campaign, id)).toEqual(['SENT']);
  await pause(campaign);
});

test('birthday month: at the start of the month in Shanghai, once a year, for customers known before and after launch', async () => {
  clock.set(t0);
  const before = await member(h, ['WECHAT'], { birthday: '1990-02-10' });
  await h.settle();
  const campaign = await launchCampaign(h, { name: 'birthday', kind: 'TRIGGERED', channel: 'WECHAT', trigger: { type: 'BIRTHDAY_MONTH' } });
  const after = await member(h, ['WECHAT'], { birthday: '1992-02-29' });
  await h.settle();
  const due = await h.sql(`select customer_id, occurrence, due_at from marketing.campaign_timers where campaign_id = $1 order by customer_id`, [campaign]);
  expect(due.map((t) => [t.occurrence, new Date(t.due_at).toISOString()])).toEqual([
    ['birthday:2026', '2026-01-31T16:00:00.000Z'],
    ['birthday:2026', '2026-01-31T16:00:00.000Z'],
  ]);
  clock.set('2026-01-31T15:59:00.000Z');
  await h.job('campaign-timers').run();
  expect(await decisions(h, campaign)).toEqual({});
  clock.set('2026-02-01T02:00:00.000Z'); // 10:00 on 1 February in Shanghai (quiet hours end at 09:00)
  await Promise.all([h.job('campaign-timers').run(), h.job('campaign-timers').run()]);
  await h.job('campaign-timers').run();
  expect(await decisions(h, campaign)).toEqual({ [before]: ['SENT'], [after]: ['SENT'] });
  clock.set('2026-03-01T02:00:00.000Z');
  await h.job('campaign-timers').run();
  clock.set('2027-02-01T02:00:00.000Z');
  await h.job('campaign-timers').run();
  await h.job('campaign-timers').run();
  expect(await decisions(h, campaign)).toEqual({ [before]: ['SENT', 'SENT'], [after]: ['SENT', 'SENT'] });
  expect(await h.sql(`select occurrence from marketing.campaign_firings where campaign_id = $1 and customer_id = $2 order by occurrence`, [campaign, before])).toEqual([
    { occurrence: 'birthday:2026' },
    { occurrence: 'birthday:2027' },
  ]);
  await pause(campaign);
});

test('tier upgraded: fires from loyalty.tier_changed at once, once per tier, only for the tier asked for', async () => {
  clock.set(t0);
  const campaign = await launchCampaign(h, { name: 'welcome to silver', kind: 'TRIGGERED', channel: 'EMAIL', trigger: { type: 'TIER_UPGRADED', tier: 'SILVER' } });
  const id = await member(h, ['EMAIL']);
  await h.order(id, { amount: '1000.00' }); // 1,000 growth: SILVER
  await h.settle();
  expect(await log(campaign, id)).toEqual(['SENT']);
  expect(await h.sql(`select occurrence from marketing.send_log where campaign_id = $1`, [campaign])).toEqual([{ occurrence: 'tier:SILVER' }]);
  await h.order(id, { amount: '4000.00' }); // GOLD: not this campaign's tier
  await h.settle();
  expect(await log(campaign, id)).toEqual(['SENT']);
  const [{ tier }] = await h.sql(`select tier from marketing.customer_facts where customer_id = $1`, [id]);
  expect(tier).toBe('GOLD');
  await pause(campaign);
});

test('added to cart without ordering within N hours: fires for who did not order, once; quiet hours defer to their end', async () => {
  clock.set(t0);
  const campaign = await launchCampaign(h, { name: 'cart', kind: 'TRIGGERED', channel: 'PUSH', trigger: { type: 'CART_ABANDONED', hours: 2 } });
  const [buyer, leaver, night] = [await member(h, ['PUSH']), await member(h, ['PUSH']), await member(h, ['PUSH'])];
  await h.behaviour([
    { customerId: buyer, kind: 'ADD_TO_CART', sku: 'SKU-7' },
    { customerId: leaver, kind: 'ADD_TO_CART', sku: 'SKU-7' },
  ]);
  await h.settle();
  clock.set(new Date(t0.getTime() + 3_600_000));
  await h.behaviour([{ customerId: leaver, kind: 'ADD_TO_CART', sku: 'SKU-8' }]); // the first add still counts
  await h.order(buyer, { lines: [{ sku: 'SKU-7', amount: '59.00' }] });
  await h.settle();
  clock.set(new Date(t0.getTime() + 2 * 3_600_000));
  await Promise.all([h.job('campaign-timers').run(), h.job('campaign-timers').run()]);
  expect(await decisions(h, campaign)).toEqual({ [leaver]: ['SENT'] });

  // 19:30 in Shanghai + 2 hours = 21:30: inside PUSH quiet hours (21:00–09:00), so deferred to 09:00
  clock.set('2026-01-16T11:30:00.000Z');
  await h.behaviour([{ customerId: night, kind: 'ADD_TO_CART', sku: 'SKU-9' }]);
  await h.settle();
  clock.set('2026-01-16T13:30:00.000Z');
  await h.job('campaign-timers').run();
  expect(await log(campaign, night)).toEqual(['DEFERRED:QUIET_HOURS']);
  const [timer] = await h.sql(`select due_at, deferred from marketing.campaign_timers where campaign_id = $1 and customer_id = $2`, [campaign, night]);
  expect([new Date(timer.due_at).toISOString(), timer.deferred]).toEqual(['2026-01-17T01:00:00.000Z', true]);
  clock.set('2026-01-16T20:00:00.000Z'); // 04:00 in Shanghai
  await h.job('campaign-timers').run();
  expect(await log(campaign, night)).toEqual(['DEFERRED:QUIET_HOURS']);
  clock.set('2026-01-17T01:00:00.000Z'); // 09:00
  await h.job('campaign-timers').run();
  await h.job('campaign-timers').run();
  expect(await log(campaign, night)).toEqual(['DEFERRED:QUIET_HOURS', 'SENT']);
  expect(await h.sql(`select count(*)::int as n from marketing.messages where campaign_id = $1 and customer_id = $2`, [campaign, night])).toEqual([{ n: 1 }]);
  await pause(campaign);
});

test('browsed a category N times without ordering: fires at the N-th browse, once per run of browses', async () => {
  clock.set(t0);
  const campaign = await launchCampaign(h, { name: '奶粉 interest', kind: 'TRIGGERED', channel: 'SMS', trigger: { type: 'CATEGORY_BROWSED', times: 3, category: '奶粉' } });
  const id = await member(h, ['SMS']);
  const browse = (category: string) => h.behaviour([{ customerId: id, kind: 'BROWSE', category }]);
  await browse('奶粉');
  await browse('奶粉');
  await browse('纸尿裤');
  await browse('纸尿裤');
  await browse('纸尿裤');
  await h.settle();
  expect(await log(campaign, id)).toEqual([]);
  await browse('奶粉');
  await h.settle();
  expect(await log(campaign, id)).toEqual(['SENT']);
  await browse('奶粉');
  await h.settle();
  expect(await log(campaign, id)).toEqual(['SENT']);
  const created = await h.ok(`query($id: ID!) { campaign(id: $id) { personalised trigger { type times category } } }`, { id: campaign }, h.tokens.agent);
  expect(created.campaign).toEqual({ personalised: true, trigger: { type: 'CATEGORY_BROWSED', times: 3, category: '奶粉' } });
  await pause(campaign);
});
