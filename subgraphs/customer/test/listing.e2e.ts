import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes, graphql } from '@member-graph/common/testing';
import { startTestStack, type Stack, type TestStack } from '../../../scripts/stack';
import { ok, profileFacts } from './support/profile-facts';

let t: TestStack;
let stack: Stack;
let facts: ReturnType<typeof profileFacts>;
const BASE = Date.parse('2026-01-01T00:00:00.000Z');
const HOUR = 3_600_000;
const clock = new ManualClock(new Date(BASE));
const tokens = {} as Record<'system' | 'admin' | 'agent' | 'marketer', string>;
const ids: Record<string, string> = {};
const registeredAt: Record<string, string> = {};
const name = (id: string) => Object.keys(ids).find((k) => ids[k] === id);

/**
 * 20 members p0..p19 registered an hour apart (p5, p6 and p7 at the same instant, to test ties),
 * then "wang" (MINI_PROGRAM) and "li" (STORE). p10..p14 have 1..5 orders so their R, F and M
 * scores are 1..5 in that order; p10's only order is 100 days old (AT_RISK), p14 is LOYAL.
 */
beforeAll(async () => {
  t = await startTestStack('listing', { subgraphs: ['customer'], clock });
  stack = t.stack;
  for (const role of ['system', 'admin', 'agent', 'marketer'] as const) tokens[role] = await stack.token(role, `${role}-1`);
  facts = profileFacts(stack, tokens);
  for (let i = 0; i < 20; i++) {
    clock.set(new Date(BASE + (i === 6 || i === 7 ? 5 : i) * HOUR));
    ids[`p${i}`] = await facts.customer(`list-p${i}`, { name: `会员${i}`, phone: `1390000${String(i).padStart(4, '0')}` });
  }
  clock.set(new Date(BASE + 20 * HOUR));
  ids.wang = await facts.customer('list-wang', { name: 'Wang Xiaoming', phone: '13812345678' }, 'MINI_PROGRAM');
  clock.set(new Date(BASE + 21 * HOUR));
  ids.li = await facts.customer('list-li', { name: '李小龙', phone: '13711112222' }, 'STORE');
  for (const n of Object.keys(ids)) registeredAt[n] = new Date(BASE + (n === 'p6' || n === 'p7' ? 5 : n === 'wang' ? 20 : n === 'li' ? 21 : Number(n.slice(1))) * HOUR).toISOString();

  clock.set(new Date(BASE + 60 * DAY_MS));
  const ago = (days: number) => new Date(clock.now().getTime() - days * DAY_MS);
  for (let k = 1; k <= 5; k++) {
    for (let j = 0; j < k; j++) await facts.order(ids[`p${9 + k}`], `list-p${9 + k}-${j}`, ago(k === 1 ? 100 : 60 - k * 10 + j), `${k * 10}.00`);
  }
  await stack.settle();
  await ok(stack, `mutation { refreshRfm { rfmChanged } }`, {}, tokens.admin);

  const ADD = `mutation($id: ID!, $t: [TagInput!]!) { addTags(customerId: $id, tags: $t) { id } }`;
  await ok(stack, ADD, { id: ids.wang, t: [{ name: '母婴', type: 'NEED' }, { name: 'VIP', type: 'VALUE' }] }, tokens.marketer);
  await ok(stack, ADD, { id: ids.li, t: [{ name: '母婴', type: 'NEED' }] }, tokens.marketer);
  await ok(stack, ADD, { id: ids.p0, t: [{ name: 'VIP', type: 'VALUE' }] }, tokens.marketer);
  await ok(stack, ADD, { id: ids.p2, t: [{ name: '母婴', type: 'NEED', expiresAt: new Date(clock.now().getTime() + HOUR).toISOString() }] }, tokens.marketer);
});
afterAll(async () => {
  await t?.stop();
});

const LIST = `query($f: CustomerFilterInput, $first: Int, $after: String) {
  customers(filter: $f, first: $first, after: $after) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const list = (f: unknown, first: number | null = 100, after: string | null = null, token = tokens.agent) =>
  graphql(stack.gateway.url, LIST, { f, first, after }, { token });
const names = async (f: unknown, token = tokens.agent) => {
  const page = (await ok(stack, LIST, { f, first: 100 }, token)).customers;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((e: { node: { id: string } }) => name(e.node.id));
};

test('lists are for staff: customers get FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
  const customer = await stack.token('customer', ids.p0);
  expect(errorCodes(await list(null, 5, null, customer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await graphql(stack.gateway.url, LIST, { first: 5 }))).toEqual(['UNAUTHENTICATED']);
  for (const role of ['agent', 'marketer', 'admin', 'system'] as const) {
    expect((await ok(stack, LIST, { first: 5 }, tokens[role])).customers.totalCount).toBe(22);
  }
});

test('keyset pages walk everyone newest first, ties broken by id, with stable totalCount and opaque cursors', async () => {
  const expected = (await facts.query(`select id from customer.customers where status = 'ACTIVE' order by registered_at desc, id desc`)).map((r: { id: string }) => r.id);
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const page: any = (await ok(stack, LIST, { first: 4, after }, tokens.agent)).customers;
    expect(page.totalCount).toBe(22);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(expected);
  expect(seen.slice(0, 2).map(name)).toEqual(['li', 'wang']);
  // an edge cursor continues right after its customer
  const firstPage = (await ok(stack, LIST, { first: 3 }, tokens.agent)).customers;
  const next = (await ok(stack, LIST, { first: 2, after: firstPage.edges[1].cursor }, tokens.agent)).customers;
  expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected.slice(2, 4));
});

test('tag filters: all of / any of, and an expired tag stops counting', async () => {
  expect(await names({ tagsAll: ['母婴', 'VIP'] })).toEqual(['wang']);
  expect(await names({ tagsAll: [' 母婴'] })).toEqual(['li', 'wang', 'p2']);
  expect((await names({ tagsAny: ['VIP', '母婴', '没有'] })).sort()).toEqual(['li', 'p0', 'p2', 'wang']);
  clock.advance(2 * HOUR);
  expect(await names({ tagsAll: ['母婴'] })).toEqual(['li', 'wang']);
  expect((await names({ tagsAny: ['VIP', '母婴'] })).sort()).toEqual(['li', 'p0', 'wang']);
});

test('RFM ranges and lifecycle stages', async () => {
  expect(await names({ recency: { min: 4 } })).toEqual(['p14', 'p13']);
  expect(await names({ frequency: { max: 1 } })).toEqual(['p10']);
  expect(await names({ monetary: { min: 2, max: 3 } })).toEqual(['p12', 'p11']);
  expect(await names({ recency: { min: 1, max: 5 }, frequency: { min: 5, max: 5 }, monetary: { min: 5 } })).toEqual(['p14']);
  expect(await names({ lifecycleStages: ['LOYAL', 'AT_RISK'] })).toEqual(['p14', 'p10']);
  expect(await names({ lifecycleStages: ['ACTIVE'], recency: { max: 3 } })).toEqual(['p12', 'p11']);
  expect((await ok(stack, LIST, { f: { lifecycleStages: ['POTENTIAL'] }, first: 1 }, tokens.agent)).customers.totalCount).toBe(17);
});

test('registration channel and registration time range (both ends included)', async () => {
  expect(await names({ registrationChannels: ['MINI_PROGRAM', 'STORE'] })).toEqual(['li', 'wang']);
  expect(await names({ registeredFrom: registeredAt.p4, registeredTo: registeredAt.p8 })).toEqual(
    ['p8', ...[ids.p5, ids.p6, ids.p7].sort().reverse().map(name), 'p4'],
  );
  expect(await names({ registeredFrom: registeredAt.wang })).toEqual(['li', 'wang']);
  expect(await names({ registeredTo: registeredAt.p1 })).toEqual(['p1', 'p0']);
});

test('search by name (contains, any case) or by phone (equals or ends with the digits)', async () => {
  expect(await names({ search: 'WANG' })).toEqual(['wang']);
  expect(await names({ search: '小龙' })).toEqual(['li']);
  expect((await names({ search: '会员1' })).length).toBe(11);
  expect(await names({ search: '5678' })).toEqual(['wang']);
  expect(await names({ search: '+86 138 1234 5678' })).toEqual(['wang']);
  expect(await names({ search: '0012' })).toEqual(['p12']);
  expect(await names({ search: '%' })).toEqual([]);
  expect(await names({ search: "x' or '1'='1" })).toEqual([]);
  expect(await names({ search: '会员1', lifecycleStages: ['LOYAL'] })).toEqual(['p14']);
});

test('a marketer sees masked phones in the list', async () => {
  const page = (await ok(stack, `query($f: CustomerFilterInput) { customers(filter: $f) { nodes { phone } } }`, { f: { search: 'wang' } }, tokens.marketer)).customers;
  expect(page.nodes).toEqual([{ phone: '138****5678' }]);
});

test('a marketer may search by the last 4 phone digits the mask shows, not by the whole number (unless they hold pii:reveal)', async () => {
  expect(await names({ search: '5678' }, tokens.marketer)).toEqual(['wang']);
  const whole = await list({ search: '13812345678' }, 100, null, tokens.marketer);
  expect(errorCodes(whole)).toEqual(['FORBIDDEN']);
  expect(whole.data?.customers ?? null).toBeNull();
  expect(await names({ search: '13812345678' }, await stack.token('marketer', 'mkt-dpo', ['pii:reveal']))).toEqual(['wang']);
  expect(await names({ search: '13812345678' }, tokens.agent)).toEqual(['wang']);
});

test('bad filters, cursors and page sizes are BAD_USER_INPUT naming the field', async () => {
  const field = async (f: unknown, first: number | null = 10, after: string | null = null) => {
    const res = await list(f, first, after);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    return res.errors?.[0].extensions?.details;
  };
  expect(await field({ recency: { min: 0 } })).toEqual({ field: 'filter.recency.min' });
  expect(await field({ monetary: { max: 6 } })).toEqual({ field: 'filter.monetary.max' });
  expect(await field({ frequency: { min: 4, max: 2 } })).toEqual({ field: 'filter.frequency.min' });
  expect(await field({ registeredFrom: registeredAt.p8, registeredTo: registeredAt.p4 })).toEqual({ field: 'filter.registeredTo' });
  expect(await field({ search: '   ' })).toEqual({ field: 'filter.search' });
  expect(await field({ tagsAll: ['x'.repeat(33)] })).toEqual({ field: 'filter.tagsAll[0]' });
  expect(await field(null, 101)).toEqual({ field: 'first' });
  expect(await field(null, 10, 'not-a-cursor')).toEqual({ field: 'after' });
  expect(await field(null, 10, Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'))).toEqual({ field: 'after' });
});

test('child lists of a page are batched: the statements do not grow with the page size', async () => {
  const PAGE = `query($first: Int) { customers(first: $first) { totalCount nodes {
    id tags { name } consents { granted } consentHistory(first: 3) { at } recentBehaviour(first: 3) { kind } identities { type } rfm { recency } lifecycleStage } } }`;
  const counter = stack.subgraphs.customer.statements;
  const statementsFor = async (first: number) => {
    const before = counter.count;
    expect((await ok(stack, PAGE, { first }, tokens.admin)).customers.nodes).toHaveLength(first);
    return counter.count - before;
  };
  const small = await statementsFor(2);
  expect(await statementsFor(20)).toBe(small);
  expect(small).toBeLessThanOrEqual(7); // page, count, tags, consents, history, behaviour, identities
});
