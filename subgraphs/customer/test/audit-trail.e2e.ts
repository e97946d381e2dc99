import { randomUUID } from 'node:crypto';
import { newCustomer, useTestStack } from '../../../scripts/stack';

/**
 * The audit trail admins read through the gateway: `auditTrail` over the customer subgraph's audit
 * tables (merges, erasures, data exports, PII reveals, consent changes, profile changes, identity
 * unlinks) and loyalty's `pointsAdjustmentAudit`, each filtered by customer, actor, kind and time,
 * newest first with cursors, one statement a page; refused to everyone but admins.
 */
const h = useTestStack('audittrail', { subgraphs: ['customer', 'loyalty'] });

const TRAIL = `query($f: AuditFilter, $first: Int, $after: String) {
  auditTrail(filter: $f, first: $first, after: $after) {
    nodes { id kind customerId relatedCustomerId actorId actorRole at reason detail }
    pageInfo { hasNextPage endCursor }
  }
}`;
const TRAIL_COUNT = `query($f: AuditFilter) { auditTrail(filter: $f, first: 1) { totalCount } }`;
const ADJUSTMENTS = `query($f: PointsAdjustmentFilter, $first: Int, $after: String) {
  pointsAdjustmentAudit(filter: $f, first: $first, after: $after) {
    nodes { id customerId points balanceAfter reasonCode reason actorId actorRole at }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

let x: string; // the customer most things happen to
let y: string; // erased
let z: string; // merged into x
let w: string; // nothing happens to them but a consent
let xToken: string;
let admin2: string;
let between: Date; // after the first half of the actions, before the second

interface Entry {
  id: string;
  kind: string;
  customerId: string;
  relatedCustomerId: string | null;
  actorId: string | null;
  actorRole: string | null;
  at: string;
  reason: string | null;
  detail: Record<string, unknown>;
}

const trail = async (f: Record<string, unknown> | null, first = 100, after?: string) =>
  (await h.ok(TRAIL, { f, first, after }, h.tokens.admin)).auditTrail as { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const kindsOf = (nodes: Entry[]) => nodes.map((n) => n.kind);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  admin2 = await h.stack.token('admin', 'admin-2');
  x = await newCustomer(h, { profile: { name: '审计甲', phone: '13700000001', email: 'x@example.com' } });
  y = await newCustomer(h, { name: '审计乙' });
  z = await newCustomer(h, { name: '审计丙' });
  w = await newCustomer(h, { name: '审计丁' });
  xToken = await h.stack.token('customer', x);
  // first half
  await h.ok(`mutation($id: ID!) { grantConsent(customerId: $id, channel: SMS, purpose: MARKETING, source: APP_SETTINGS) { id } }`, { id: x }, xToken);
  await h.ok(`query($id: ID!) { customer(id: $id) { phone } }`, { id: x }, h.tokens.admin); // a PII reveal
  await h.ok(`mutation($id: ID!) { updateCustomerProfile(id: $id, input: { birthday: "1990-05-01" }) { id } }`, { id: x }, h.tokens.agent);
  await h.ok(`mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }`, { i: { customerId: x, points: 100, reason: 'welcome back' } }, h.tokens.admin);
  await h.ok(`mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }`, { i: { customerId: y, points: 30, reason: 'store mistake' } }, admin2);
  await sleep(20);
  between = new Date();
  await sleep(20);
  // second half
  await h.ok(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: x, mergedId: z, reason: 'duplicate account' } }, admin2);
  await h.ok(`{ myDataExport { customerId } }`, {}, xToken);
  await h.ok(`mutation($id: ID!, $r: String!) { eraseCustomer(customerId: $id, reason: $r) { customerId } }`, { id: y, r: 'ticket REQ-1' }, h.tokens.admin);
  await h.ok(`mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }`, { i: { customerId: x, points: -40, reason: 'reversed goodwill' } }, admin2);
  await h.ok(`mutation($id: ID!) { grantConsent(customerId: $id, channel: EMAIL, purpose: SERVICE, source: AGENT) { id } }`, { id: w }, h.tokens.agent);
});

test("a customer's trail: every kind that happened to them, newest first, without personal data", async () => {
  const { nodes } = await trail({ customerId: x });
  expect(kindsOf(nodes)).toEqual(['DATA_EXPORT', 'MERGE', 'PROFILE_CHANGE', 'PII_REVEAL', 'CONSENT_CHANGE']);
  const at = nodes.map((n) => Date.parse(n.at));
  expect([...at].sort((a, b) => b - a)).toEqual(at);
  const byKind = Object.fromEntries(nodes.map((n) => [n.kind, n]));
  expect(byKind.MERGE).toMatchObject({ customerId: x, relatedCustomerId: z, actorId: 'admin-2', actorRole: 'admin', reason: 'duplicate account', detail: { mergedId: z } });
  expect(byKind.DATA_EXPORT).toMatchObject({ actorId: x, actorRole: 'customer', detail: {} });
  expect(byKind.PROFILE_CHANGE).toMatchObject({ actorId: 'agent-1', actorRole: 'agent', detail: { fields: ['birthday'] } });
  expect(byKind.PII_REVEAL).toMatchObject({ actorId: 'admin-1', detail: { field: 'PHONE' } });
  expect(byKind.CONSENT_CHANGE).toMatchObject({ actorRole: 'customer', detail: { channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS' } });
  const text = JSON.stringify(nodes);
  for (const pii of ['13700000001', 'x@example.com', '审计甲', '1990-05-01']) expect(text).not.toContain(pii);
  // a merge is on the merged customer's trail too; an erasure on the erased one's
  expect(kindsOf((await trail({ customerId: z })).nodes)).toEqual(['MERGE']);
  expect((await trail({ customerId: y })).nodes).toEqual([expect.objectContaining({ kind: 'ERASURE', actorId: 'admin-1', reason: 'ticket REQ-1', detail: { formerIds: [] } })]);
});

test('filters by actor, kind and time, each and together', async () => {
  expect(kindsOf((await trail({ actorId: 'admin-2' })).nodes)).toEqual(['MERGE']);
  expect(new Set(kindsOf((await trail({ actorId: 'admin-1' })).nodes))).toEqual(new Set(['ERASURE', 'PII_REVEAL']));
  expect((await trail({ kinds: ['CONSENT_CHANGE'] })).nodes.map((n) => n.customerId).sort()).toEqual([w, x].sort());
  expect(kindsOf((await trail({ kinds: ['MERGE', 'ERASURE'] })).nodes)).toEqual(['ERASURE', 'MERGE']);
  const before = (await trail({ customerId: x, to: between.toISOString() })).nodes;
  expect(kindsOf(before)).toEqual(['PROFILE_CHANGE', 'PII_REVEAL', 'CONSENT_CHANGE']);
  const after = (await trail({ customerId: x, from: between.toISOString() })).nodes;
  expect(kindsOf(after)).toEqual(['DATA_EXPORT', 'MERGE']);
  expect((await trail({ customerId: x, kinds: ['PII_REVEAL'], actorId: 'admin-1', to: between.toISOString() })).nodes).toHaveLength(1);
  expect((await trail({ customerId: x, kinds: ['PII_REVEAL'], from: between.toISOString() })).nodes).toEqual([]);
  expect((await trail({ customerId: randomUUID() })).nodes).toEqual([]);
  expect((await h.ok(TRAIL_COUNT, { f: { customerId: x } }, h.tokens.admin)).auditTrail.totalCount).toBe(5);
});

test('pages follow each other with cursors, every entry once, one statement a page', async () => {
  const all = (await trail(null)).nodes;
  expect(all).toHaveLength(7); // x: 5 (the merge once), y: the erasure, w: a consent
  const { statements } = h.stack.subgraphs.customer;
  const seen: Entry[] = [];
  let after: string | undefined;
  for (let pages = 0; ; pages++) {
    const before = statements.count;
    const page = await trail(null, 3, after);
    expect(statements.count - before).toBe(1);
    seen.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor!;
    expect(pages).toBeLessThan(all.length);
  }
  expect(seen.map((n) => n.id)).toEqual(all.map((n) => n.id));
  expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
});

test('points adjustments: the loyalty part of the trail, filtered and paged the same way', async () => {
  const page = (f: Record<string, unknown> | null, first = 100, after?: string) => h.ok(ADJUSTMENTS, { f, first, after }, h.tokens.admin).then((d) => d.pointsAdjustmentAudit);
  const mine = await page({ customerId: x });
  expect(mine.nodes).toEqual([
    expect.objectContaining({ customerId: x, points: -40, balanceAfter: 60, reasonCode: 'MANUAL', reason: 'reversed goodwill', actorId: 'admin-2', actorRole: 'admin' }),
    expect.objectContaining({ customerId: x, points: 100, balanceAfter: 100, reason: 'welcome back', actorId: 'admin-1' }),
  ]);
  expect(mine.totalCount).toBe(2);
  expect((await page({ actorId: 'admin-2' })).nodes.map((n: any) => n.points)).toEqual([-40, 30]);
  expect((await page({ from: between.toISOString() })).nodes.map((n: any) => n.points)).toEqual([-40]);
  expect((await page({ to: between.toISOString() })).nodes.map((n: any) => n.points)).toEqual([30, 100]);
  const first = await page(null, 2);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const rest = await page(null, 2, first.pageInfo.endCursor);
  expect([...first.nodes, ...rest.nodes].map((n: any) => n.points)).toEqual([-40, 30, 100]);
  expect(rest.pageInfo.hasNextPage).toBe(false);
});

test('non-admins are refused, and a bad filter or cursor is BAD_USER_INPUT', async () => {
  for (const token of [h.tokens.agent, h.tokens.marketer, h.tokens.system, xToken, await h.stack.token('agent', 'agent-9', ['pii:reveal'])]) {
    expect(await h.codes(TRAIL, { f: null }, token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(ADJUSTMENTS, { f: null }, token)).toEqual(['FORBIDDEN']);
  }
  const bad = [
    { f: { customerId: 'nope' } },
    { f: { actorId: 'a'.repeat(201) } },
    { f: { kinds: [] } },
    { f: { from: between.toISOString(), to: between.toISOString() } },
    { f: null, first: 101 },
    { f: null, after: 'garbage' },
  ];
  for (const v of bad) {
    expect(await h.codes(TRAIL, v, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
    if (!('kinds' in (v.f ?? {}))) expect(await h.codes(ADJUSTMENTS, v, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
  }
});
