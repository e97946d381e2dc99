import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { FACTS_COLUMNS, type CustomerFacts } from '../src/facts/facts.types';
import { evaluateRule, nextChangeAt, parseRule, type RuleInput } from '../src/segment/segment.rules';
import { compileNextChange, compileRule } from '../src/segment/segment.compiler';
import { cond, SAVE_SEGMENT, saveSegment, useMarketingStack } from './support';

const t0 = new Date('2026-03-10T02:00:00.000Z'); // 10 March, 10:00 in Shanghai
const clock = new ManualClock(t0);
const h = useMarketingStack('mksegments', clock, ['customer', 'marketing']);
const ids: string[] = [];
const PREVIEW = `query($r: SegmentRuleInput!) { previewSegment(rule: $r) { count sample { id } } }`;

/** 24 customers with varied facts: orders of different ages and sizes, tags, consents, birthdays, one refund, behaviour. */
beforeAll(async () => {
  const tags = ['母婴', '美妆', 'VIP'];
  for (let i = 0; i < 24; i++) {
    const birthday = i % 3 === 0 ? `199${i % 10}-03-1${i % 9}` : i % 3 === 1 ? `198${i % 10}-0${(i % 9) + 1}-05` : undefined;
    const id = await h.customer({ birthday });
    ids.push(id);
    for (let o = 0; o < i % 4; o++) await h.order(id, { paidAt: new Date(t0.getTime() - (i * 7 + o * 20) * DAY_MS), amount: `${50 + i * 30 + o}.00` });
    if (i % 2 === 0) await h.tag(id, tags[i % 3]);
    if (i % 5 === 0) await h.tag(id, 'VIP');
    if (i % 3 !== 2) await h.consent(id, i % 2 ? 'SMS' : 'PUSH');
    if (i % 7 === 3) await h.behaviour([{ customerId: id, kind: 'LOGIN', occurredAt: new Date(t0.getTime() - 60_000) }]);
  }
  await h.refreshRfm();
  await h.ok(`mutation { refitValueModel { customers } }`, {}, h.tokens.admin); // churn probability and CLV (decile) arrive by customer.value_changed
  await h.settle();
});

const RULES: RuleInput[] = [
  { and: [cond('RECENCY', 'LTE', { value: '2' }), cond('TAG', 'HAS', { value: '母婴' }), cond('CONSENT', 'HAS', { value: 'SMS' })] },
  { not: cond('RECENCY', 'GTE', { value: '3' }) },
  { or: [cond('TAG', 'HAS', { value: 'VIP' }), cond('FREQUENCY', 'IN', { values: ['4', '5'] })] },
  cond('LAST_ORDER', 'MORE_THAN_DAYS_AGO', { days: 30 }),
  cond('LAST_ORDER', 'WITHIN_DAYS', { days: 60 }),
  cond('LAST_ORDER', 'NEVER'),
  { not: cond('FIRST_ORDER', 'WITHIN_DAYS', { days: 90 }) },
  cond('BIRTHDAY', 'THIS_MONTH'),
  { and: [cond('BIRTHDAY', 'IN', { values: ['3', '4', '5'] }), { not: cond('CONSENT', 'HAS', { value: 'PUSH' }) }] },
  cond('TOTAL_SPEND', 'GT', { value: '500.00' }),
  { and: [cond('ORDER_COUNT', 'GTE', { value: '2' }), cond('MONETARY', 'NE', { value: '5' })] },
  cond('LIFECYCLE', 'IN', { values: ['AT_RISK', 'CHURNED'] }),
  cond('LAST_ACTIVE', 'WITHIN_DAYS', { days: 1 }),
  { or: [cond('REGISTERED', 'MORE_THAN_DAYS_AGO', { days: 1 }), { not: cond('TIER', 'EQ', { value: 'MEMBER' }) }] },
  cond('CHURN_PROBABILITY', 'GTE', { value: '0.5' }),
  { not: cond('CHURN_PROBABILITY', 'LT', { value: '0.2' }) },
  cond('CLV', 'GT', { value: '100.00' }),
  { and: [cond('CLV_DECILE', 'IN', { values: ['8', '9', '10'] }), cond('TIER', 'IN', { values: ['MEMBER', 'GOLD'] })] },
  cond('CLV_DECILE', 'LTE', { value: '5' }),
];

test('every rule compiles to SQL that selects exactly the customers the TypeScript evaluation selects, now and later', async () => {
  for (const when of [t0, new Date(t0.getTime() + 40 * DAY_MS)]) {
    const facts = await h.sql<CustomerFacts>(`select ${FACTS_COLUMNS} from marketing.customer_facts f`);
    expect(facts.length).toBe(24);
    // the 18 customers with orders were scored by the fit; the 6 without were not
    expect(facts.filter((f) => f.churnProbability !== null && f.clvDecile !== null).length).toBe(18);
    for (const input of RULES) {
      const rule = parseRule(input);
      const { where, params } = compileRule(rule, when);
      const sql = (await h.sql<{ id: string }>(`select f.customer_id as id from marketing.customer_facts f where ${where} order by 1`, params)).map((r) => r.id);
      const ts = facts.filter((f) => evaluateRule(rule, f, when)).map((f) => f.customerId).sort();
      expect([JSON.stringify(input), sql]).toEqual([JSON.stringify(input), ts]);
      // and the time the answer can next change (the segment timer) agrees too
      const next = compileNextChange(rule, when);
      const sqlNext = await h.sql<{ id: string; due: Date | null }>(`select f.customer_id as id, ${next.where} as due from marketing.customer_facts f order by 1`, next.params);
      const tsNext = facts.map((f) => ({ id: f.customerId, due: nextChangeAt(rule, f, when) })).sort((a, b) => a.id.localeCompare(b.id));
      expect(sqlNext.map((r) => [r.id, r.due && new Date(r.due).toISOString()])).toEqual(tsNext.map((r) => [r.id, r.due && r.due.toISOString()]));
    }
  }
  // the set is not trivial: most rules select some but not all customers
  const counts = await Promise.all(RULES.map(async (r) => (await h.ok(PREVIEW, { r }, h.tokens.marketer)).previewSegment.count));
  expect(counts.filter((n) => n > 0 && n < 24).length).toBeGreaterThanOrEqual(10);
});

test('rules are validated on save with clear errors; nothing is saved', async () => {
  const bad = await h.gql(SAVE_SEGMENT, { i: { name: 'bad', rule: { and: [cond('RECENCY', 'LTE', { value: 'two' }), { not: cond('LAST_ORDER', 'WITHIN_DAYS') }] } } }, h.tokens.marketer);
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors![0].message).toBe(
    'The segment rule is invalid: rule.and[0].condition: RECENCY needs a value: a whole score 1–5; rule.and[1].not.condition: LAST_ORDER WITHIN_DAYS needs days: a whole number 1–3650',
  );
  expect((bad.errors![0].extensions as any).details.problems).toHaveLength(2);
  expect(errorCodes(await h.gql(PREVIEW, { r: { condition: cond('TAG', 'HAS').condition, or: [] } }, h.tokens.marketer))).toEqual(['BAD_USER_INPUT']);
  expect(await h.sql(`select count(*)::int as n from marketing.segments`)).toEqual([{ n: 0 }]);
});

test('membership follows events for the one customer whose facts changed, and time-relative rules through per-customer timers', async () => {
  clock.set(t0);
  const lapsed = await saveSegment(h, 'lapsed 30', cond('LAST_ORDER', 'MORE_THAN_DAYS_AGO', { days: 30 }));
  const beauty = await saveSegment(h, 'beauty', cond('TAG', 'HAS', { value: '美妆' }));
  const fresh = await h.customer();
  await h.order(fresh, { paidAt: new Date(t0.getTime() - 10 * DAY_MS) });
  await h.settle();
  const members = async (segment: string) =>
    (await h.sql<{ customer_id: string }>(`select customer_id from marketing.segment_members where segment_id = $1`, [segment])).map((r) => r.customer_id);
  expect(await members(lapsed)).not.toContain(fresh);
  const [timer] = await h.sql(`select due_at from marketing.segment_timers where customer_id = $1`, [fresh]);
  expect(new Date(timer.due_at).toISOString()).toBe(new Date(t0.getTime() + 20 * DAY_MS).toISOString());

  // a tag event re-evaluates only that customer
  const changesBefore = (await h.sql(`select count(*)::int as n from marketing.segment_changes`))[0].n;
  await h.tag(fresh, '美妆');
  await h.settle();
  expect(await members(beauty)).toContain(fresh);
  expect(await h.sql(`select customer_id, joined, cause from marketing.segment_changes order by id offset $1`, [changesBefore])).toEqual([
    { customer_id: fresh, joined: true, cause: 'EVENT' },
  ]);

  // 20 days later the timer is due: the job evaluates the customers whose timers are due, not everyone
  clock.set(new Date(t0.getTime() + 20 * DAY_MS));
  const due = (await h.sql(`select count(*)::int as n from marketing.segment_timers where due_at <= $1`, [clock.now()]))[0].n;
  expect(await h.job('segment-timers').run()).toBe(due);
  expect(due).toBeLessThan(25);
  expect(await members(lapsed)).toContain(fresh);
  const history = await h.ok(`query($id: ID!) { segmentChanges(customerId: $id) { segmentName joined cause } }`, { id: fresh }, h.tokens.agent);
  expect(history.segmentChanges).toEqual([
    { segmentName: 'lapsed 30', joined: true, cause: 'TIMER' },
    { segmentName: 'beauty', joined: true, cause: 'EVENT' },
  ]);
  expect(await h.job('segment-timers').run()).toBe(0);
  // a new order takes the customer out again at once
  await h.order(fresh);
  await h.settle();
  expect(await members(lapsed)).not.toContain(fresh);
  // every change is an event on the bus
  await h.settle();
  const events = await h.sql(`select payload from bus.events where type = 'marketing.segment_membership_changed' and aggregate_id = $1 order by seq`, [fresh]);
  expect(events.map((e) => `${e.payload.joined ? '+' : '-'}${e.payload.cause}`)).toEqual(['+EVENT', '+TIMER', '-EVENT']);
  const customerView = await h.ok(`query($id: ID!) { customer(id: $id) { segments { segment { name } } } }`, { id: fresh }, h.tokens.marketer);
  expect(customerView.customer.segments).toEqual([{ segment: { name: 'beauty' } }]);
});

test('birthday this month: members join when the month begins and leave when it ends (Asia/Shanghai)', async () => {
  clock.set(t0);
  const april = await h.customer({ birthday: '1995-04-20' });
  await h.settle();
  const segment = await saveSegment(h, 'birthday now', cond('BIRTHDAY', 'THIS_MONTH'));
  const isMember = async () => (await h.sql(`select 1 from marketing.segment_members where segment_id = $1 and customer_id = $2`, [segment, april])).length === 1;
  expect(await isMember()).toBe(false);
  clock.set('2026-03-31T16:00:00.000Z'); // 1 April 00:00 in Shanghai
  await h.runJob('segment-timers');
  expect(await isMember()).toBe(true);
  clock.set('2026-04-30T16:00:00.000Z');
  await h.runJob('segment-timers');
  expect(await isMember()).toBe(false);
});

test('roles and rules of saving: marketers manage, agents read, customers get FORBIDDEN; names are unique; a segment in use cannot be archived', async () => {
  const customer = await h.token('customer', ids[0]);
  const rule = cond('TAG', 'HAS', { value: 'VIP' });
  expect(errorCodes(await h.gql(PREVIEW, { r: rule }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(SAVE_SEGMENT, { i: { name: 'vip', rule } }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(SAVE_SEGMENT, { i: { name: 'vip', rule } }, customer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(`{ segments { id } }`, {}, customer))).toEqual(['FORBIDDEN']);
  const me = await h.gql(`{ me { id segments { since } } }`, {}, customer);
  expect(me.data.me).toEqual({ id: ids[0], segments: null });
  expect(errorCodes(me)).toEqual(['FORBIDDEN']);
  const id = await saveSegment(h, 'vip', rule);
  expect(errorCodes(await h.gql(SAVE_SEGMENT, { i: { name: 'VIP', rule } }, h.tokens.marketer))).toEqual(['SEGMENT_NAME_TAKEN']);
  const renamed = await h.ok(SAVE_SEGMENT, { i: { id, name: 'vip or 美妆', rule: { or: [rule, cond('TAG', 'HAS', { value: '美妆' })] } } }, h.tokens.admin);
  expect(renamed.saveSegment.ruleText).toBe('TAG HAS "VIP" OR TAG HAS "美妆"');
  const read = await h.ok(`query($id: ID!) { segment(id: $id) { name ruleJson memberCount members(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } } }`, { id }, h.tokens.agent);
  expect(read.segment.memberCount).toBe(read.segment.members.totalCount);
  const walked: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await h.ok(`query($id: ID!, $a: String) { segment(id: $id) { members(first: 2, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } } }`, { id, a: after }, h.tokens.marketer)).segment.members;
    walked.push(...page.nodes.map((n: { id: string }) => n.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(walked).toEqual([...walked].sort());
  expect(walked).toHaveLength(read.segment.memberCount);
  expect(read.segment.memberCount).toBeGreaterThan(2);
  expect(JSON.parse(read.segment.ruleJson)).toEqual({ or: [{ condition: { fact: 'TAG', op: 'HAS', value: 'VIP' } }, { condition: { fact: 'TAG', op: 'HAS', value: '美妆' } }] });
  const campaign = (await h.ok(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name: 'x', kind: 'ONE_SHOT', channel: 'SMS', segmentId: id, variants: [{ code: 'A', weight: 1, body: 'x' }] } }, h.tokens.marketer)).createCampaign.id;
  await h.ok(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: campaign }, h.tokens.marketer);
  expect(errorCodes(await h.gql(`mutation($id: ID!) { archiveSegment(id: $id) { id } }`, { id }, h.tokens.marketer))).toEqual(['SEGMENT_IN_USE']);
  await h.ok(`mutation($id: ID!) { pauseCampaign(id: $id) { id } }`, { id: campaign }, h.tokens.marketer);
  const archived = await h.ok(`mutation($id: ID!) { archiveSegment(id: $id) { archivedAt memberCount } }`, { id }, h.tokens.marketer);
  expect(archived.archiveSegment.memberCount).toBe(0);
});
