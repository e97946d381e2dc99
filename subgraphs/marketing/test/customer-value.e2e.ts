import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { fromCents } from '@member-graph/common/graphql';
import { cond, CREATE_CAMPAIGN, decisions, launchCampaign, saveSegment, useMarketingStack } from './support';

/**
 * Issue 14 in marketing: churn probability and CLV reach the projection through customer.value_changed
 * from real fits of the customer subgraph; TIER = MEMBER holds customers loyalty never moved; the CLV
 * distribution by tier and segment; the CHURN_RISK_ROSE win-back trigger with consent and quiet hours.
 */
const t0 = new Date('2026-03-10T02:00:00.000Z'); // 10:00 in Shanghai
const clock = new ManualClock(t0);
const h = useMarketingStack('mkvalue', clock);
const day = (offset: number) => new Date(t0.getTime() + offset * DAY_MS);
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const REFIT = `mutation($end: LocalDate) { refitValueModel(calibrationEnd: $end) { customers } }`;
const CLV = `query($by: ClvGrouping!) { clvDistribution(by: $by) { key name customers scoredCustomers averageClv totalClv averageChurnProbability deciles } }`;

const c: Record<string, string> = {};

/** Orders every `every` days from `from` to `to` (days relative to t0). */
async function orders(id: string, from: number, to: number, every: number, amount: string) {
  for (let d = from; d <= to; d += every) await h.order(id, { paidAt: day(d), amount });
}

beforeAll(async () => {
  for (const name of ['w1', 'w2', 's1', 's2', 's3', 'big', 'o1', 'o2', 'o3', 'n1', 'n2']) c[name] = await h.customer();
  // w1, w2: a burst of orders, then silence (their churn risk rises between the fits); w1 may get SMS
  await orders(c.w1, -220, -145, 15, '120.00');
  await orders(c.w2, -220, -145, 15, '120.00');
  await h.consent(c.w1, 'SMS');
  await orders(c.s1, -200, -5, 20, '80.00');
  await orders(c.s2, -190, -10, 30, '150.00');
  await orders(c.s3, -180, -2, 25, '60.00');
  await orders(c.big, -150, -30, 120, '3000.00'); // loyalty moves them up a tier
  await h.order(c.o1, { paidAt: day(-300), amount: '50.00' });
  await h.order(c.o2, { paidAt: day(-130), amount: '500.00' });
  await h.order(c.o3, { paidAt: day(-20), amount: '20.00' });
  await h.settle();
  await h.ok(REFIT, { end: shanghaiDate(day(-120)) }, h.tokens.admin);
  await h.settle();
}, 180_000);

const customerValues = async () =>
  new Map(
    (
      await h.stack.subgraphs.customer.dataSource.query(
        `select customer_id as id, churn_probability as churn, clv_cents::float8 as clv, clv_decile as decile from customer.customer_values`,
      )
    ).map((r: { id: string; churn: number; clv: number; decile: number }) => [r.id, r]),
  ) as Map<string, { id: string; churn: number; clv: number; decile: number }>;

const projected = async () =>
  new Map(
    (await h.sql<{ id: string; churn: number | null }>(`select customer_id as id, churn_probability as churn from marketing.customer_facts`)).map((r) => [r.id, r.churn]),
  );

test('the projection holds each scored customer\'s churn probability, CLV and decile as the customer subgraph stored them', async () => {
  const source = await customerValues();
  expect(source.size).toBeGreaterThan(5);
  const rows = await h.sql(`select customer_id as id, churn_probability as churn, clv_cents::float8 as clv, clv_decile as decile from marketing.customer_facts`);
  const scored = rows.filter((r) => r.churn !== null);
  expect(scored.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...source.values()].sort((a, b) => a.id.localeCompare(b.id)));
  expect(rows.find((r) => r.id === c.n1)).toMatchObject({ churn: null, clv: null, decile: null });
});

test('TIER = MEMBER holds every customer loyalty has not moved up, though no tier event ever named them', async () => {
  const tiers: { id: string; tier: string }[] = await h.stack.subgraphs.loyalty.dataSource.query(`select customer_id as id, tier from loyalty.members`);
  const members = tiers.filter((t) => t.tier === 'MEMBER').map((t) => t.id).sort();
  expect(tiers.find((t) => t.id === c.big)?.tier).not.toBe('MEMBER');
  expect(members).toContain(c.n1);
  const id = await saveSegment(h, 'members', cond('TIER', 'EQ', { value: 'MEMBER' }));
  const inSegment = (await h.sql(`select customer_id from marketing.segment_members where segment_id = $1 order by 1`, [id])).map((r) => r.customer_id);
  expect(inSegment).toEqual(members);
  const [{ n }] = await h.sql(`select count(*)::int as n from marketing.customer_facts where tier is null and customer_id = any($1::uuid[])`, [members]);
  expect(n).toBe(members.length); // none of them was named by a tier event
});

test('CHURN_RISK_ROSE fires when a refit lifts the churn probability past the threshold, once per fit, with consent and quiet hours', async () => {
  const before = await projected();
  const p1 = before.get(c.w1)!;
  const threshold = (Math.floor(p1 * 10) + 1) / 10; // the next band boundary above w1's risk
  const invalid = await h.gql(CREATE_CAMPAIGN, { i: { name: 'x', kind: 'TRIGGERED', channel: 'SMS', trigger: { type: 'CHURN_RISK_ROSE' }, variants: [{ code: 'A', weight: 1, body: 'x' }] } }, h.tokens.marketer);
  expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
  const campaign = await launchCampaign(h, { name: '挽回', kind: 'TRIGGERED', channel: 'SMS', trigger: { type: 'CHURN_RISK_ROSE', threshold } });

  clock.set(new Date('2026-03-10T14:00:00.000Z')); // 22:00 in Shanghai: SMS quiet hours
  await h.ok(REFIT, { end: '2026-03-10' }, h.tokens.admin);
  await h.settle();
  const after = await projected();
  expect(after.get(c.w1)).toBeGreaterThanOrEqual(threshold);
  const crossed = [...after.keys()].filter((id) => before.get(id) != null && before.get(id)! < threshold && after.get(id)! >= threshold).sort();
  expect(crossed).toEqual(expect.arrayContaining([c.w1, c.w2]));
  const decided = await decisions(h, campaign);
  expect(Object.keys(decided).sort()).toEqual(crossed);
  expect(decided[c.w1]).toEqual(['DEFERRED:QUIET_HOURS']);
  expect(decided[c.w2]).toEqual(['SUPPRESSED:NO_CONSENT']);

  // the quiet hours end at 09:00: the deferred message goes out then
  clock.set(new Date('2026-03-11T01:30:00.000Z'));
  await h.runJob('campaign-timers');
  expect((await decisions(h, campaign))[c.w1]).toEqual(['DEFERRED:QUIET_HOURS', 'SENT']);
  const [{ occurrence }] = await h.sql(`select occurrence from marketing.send_log where campaign_id = $1 and customer_id = $2 and status = 'SENT'`, [campaign, c.w1]);
  expect(occurrence).toMatch(/^churn:[0-9a-f-]{36}$/);

  // the same fit again moves nobody: nothing new is decided
  const logged = await h.sql(`select count(*)::int as n from marketing.send_log where campaign_id = $1`, [campaign]);
  await h.ok(REFIT, { end: '2026-03-10' }, h.tokens.admin);
  await h.settle();
  await h.runJob('campaign-timers');
  expect(await h.sql(`select count(*)::int as n from marketing.send_log where campaign_id = $1`, [campaign])).toEqual(logged);
});

interface Group {
  key: string;
  name: string;
  customers: number;
  scoredCustomers: number;
  averageClv: string | null;
  totalClv: string;
  averageChurnProbability: number | null;
  deciles: number[];
}

/** The group the test expects from the customer subgraph's own scores. */
function expectedGroup(key: string, name: string, ids: string[], values: Map<string, { churn: number; clv: number; decile: number }>): Group {
  const scored = ids.map((id) => values.get(id)).filter((v) => v !== undefined);
  const total = scored.reduce((s, v) => s + v.clv, 0);
  const deciles = Array.from({ length: 10 }, (_, i) => scored.filter((v) => v.decile === i + 1).length);
  return {
    key, name, customers: ids.length, scoredCustomers: scored.length, totalClv: fromCents(total), deciles,
    averageClv: scored.length ? fromCents(Math.round(total / scored.length)) : null,
    averageChurnProbability: scored.length ? scored.reduce((s, v) => s + v.churn, 0) / scored.length : null,
  };
}

const roundChurn = (groups: Group[]) => groups.map((g) => ({ ...g, averageChurnProbability: g.averageChurnProbability === null ? null : g.averageChurnProbability.toFixed(9) }));

test('CLV distribution by tier and by segment, checked against loyalty\'s tiers and the customer subgraph\'s scores', async () => {
  const values = await customerValues();
  const tiers: { id: string; tier: string }[] = await h.stack.subgraphs.loyalty.dataSource.query(`select customer_id as id, tier from loyalty.members`);
  const codes = [...new Set(tiers.map((t) => t.tier))].sort();
  expect(codes.length).toBeGreaterThan(1);
  const byTier = codes.map((code) => expectedGroup(code, code, tiers.filter((t) => t.tier === code).map((t) => t.id), values));
  const { clvDistribution: tierGroups } = await h.ok(CLV, { by: 'TIER' }, h.tokens.agent);
  expect(roundChurn(tierGroups)).toEqual(roundChurn(byTier));

  const top = await saveSegment(h, 'top clv', cond('CLV_DECILE', 'GTE', { value: '6' }));
  const segments = await h.sql<{ id: string; name: string }>(`select id, name from marketing.segments where archived_at is null order by lower(name), id`);
  const bySegment = [];
  for (const s of segments) {
    const ids = (await h.sql(`select customer_id from marketing.segment_members where segment_id = $1`, [s.id])).map((r) => r.customer_id);
    bySegment.push(expectedGroup(s.id, s.name, ids, values));
  }
  expect(bySegment.find((g) => g.key === top)!.deciles.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
  const count = async () => {
    const before = h.marketing.statements.count;
    const { clvDistribution } = await h.ok(CLV, { by: 'SEGMENT' }, h.tokens.marketer);
    return { groups: clvDistribution as Group[], statements: h.marketing.statements.count - before };
  };
  const first = await count();
  expect(roundChurn(first.groups)).toEqual(roundChurn(bySegment));
  await saveSegment(h, 'silent', cond('CHURN_PROBABILITY', 'GTE', { value: '0.5' }));
  const more = await count();
  expect(more.groups).toHaveLength(first.groups.length + 1);
  expect(more.statements).toBe(first.statements);
});

test('the CLV distribution is for staff only', async () => {
  const customer = await h.token('customer', c.s1);
  expect(errorCodes(await h.gql(CLV, { by: 'TIER' }, customer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(CLV, { by: 'TIER' }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await h.gql(CLV, { by: 'REGION' }, h.tokens.marketer))).toEqual(['BAD_USER_INPUT']);
});

test('a rebuild of the projection from the event log restores every customer\'s value scores, and no win-back is sent twice', async () => {
  const snapshot = () => h.sql(`select customer_id, tier, churn_probability, clv_cents, clv_decile, value_model_id from marketing.customer_facts order by 1`);
  const before = await snapshot();
  expect(before.filter((r) => r.value_model_id !== null).length).toBeGreaterThan(5);
  const sends = await h.sql(`select count(*)::int as n from marketing.send_log`);
  await h.sql(`update marketing.customer_facts set churn_probability = null, clv_cents = null, clv_decile = null, value_model_id = null`);
  await h.ok(`mutation { rebuildMarketingProjection { replayedEvents } }`, {}, h.tokens.admin);
  expect(await snapshot()).toEqual(before);
  expect(await h.sql(`select count(*)::int as n from marketing.send_log`)).toEqual(sends);
});

test('a merge gives a survivor without scores the merged customer\'s (until the next fit); the merged id leaves the distribution', async () => {
  const scores = async (id: string) =>
    (await h.sql(`select churn_probability as churn, clv_cents::float8 as clv, clv_decile as decile from marketing.customer_facts where customer_id = $1`, [id]))[0];
  const customers = async () => ((await h.ok(CLV, { by: 'TIER' }, h.tokens.marketer)).clvDistribution as Group[]).reduce((s, g) => s + g.customers, 0);
  const merged = await scores(c.o3);
  expect(merged.decile).not.toBeNull();
  expect(await scores(c.n2)).toEqual({ churn: null, clv: null, decile: null });
  const before = await customers();
  await h.ok(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: c.n2, mergedId: c.o3, reason: 'same person' } }, h.tokens.admin);
  await h.settle();
  expect(await scores(c.n2)).toEqual(merged);
  expect(await customers()).toBe(before - 1);
});
