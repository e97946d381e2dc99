import { randomUUID } from 'node:crypto';
import { boundExportLists } from '@member-graph/common/graphql';
import { newCustomer, recordOrder, useTestStack } from '../../../scripts/stack';
import { readCustomerSection } from '../src/export/data-export.repository';

/**
 * A person's data export (PIPL Art. 45) through the gateway: one document whose sections the four
 * subgraphs answer (customer, loyalty, service, marketing), holding that person's data unmasked and
 * nothing of anyone else; the customer exports only themself, admins anyone (unmasked as an admin sees
 * PII, each field a reveal); every export leaves an audit row (whose, who, when; no personal data); the
 * statements each subgraph sends do not grow with the person's data.
 */
const h = useTestStack('dataexport', { subgraphs: ['customer', 'loyalty', 'service', 'marketing'] });

const MINE = `{ myDataExport { customerId generatedAt formatVersion customer loyalty service marketing } }`;
const THEIRS = `query($id: ID!) { customerDataExport(customerId: $id) { customerId generatedAt formatVersion customer loyalty service marketing } }`;

interface Person {
  id: string;
  token: string;
  phone: string;
  email: string;
  name: string;
  orders: string[];
}
let alice: Person;
let bob: Person;
let carol: Person; // more of everything than alice: the statement counts must not differ
let template: string;

async function person(name: string, phone: string, email: string): Promise<Person> {
  const id = await newCustomer(h, { profile: { name, phone, email } });
  return { id, token: await h.stack.token('customer', id), phone, email, name, orders: [] };
}

/** Gives `p` data in every domain: `n` orders, tickets and coupons, a tag, a consent, behaviour, a check-in, an adjustment. */
async function seed(p: Person, n: number) {
  for (let i = 0; i < n; i++) {
    const externalNo = `ext-${p.name}-${i}-${randomUUID()}`;
    await recordOrder(h, p.id, { externalNo, lines: [{ sku: `SKU-${p.name}-${i}`, amount: '120.00' }, { sku: 'SKU-SHARED', amount: '30.50' }] });
    p.orders.push(externalNo);
    await h.ok(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, { i: { type: 'CONSULTATION', channel: 'APP', subject: `问题-${p.name}-${i}`, body: `内容-${p.name}-${i}` } }, p.token);
    await h.ok(`mutation($i: IssueCouponInput!) { issueCoupon(input: $i) { coupon { id } } }`, { i: { customerId: p.id, templateId: template, idempotencyKey: `${p.id}-${i}` } }, h.tokens.marketer);
  }
  await h.ok(`mutation($id: ID!) { addTags(customerId: $id, tags: [{ name: "tag-${p.name}", type: NEED }]) { id } }`, { id: p.id }, h.tokens.agent);
  await h.ok(`mutation($id: ID!) { grantConsent(customerId: $id, channel: SMS, purpose: MARKETING, source: APP_SETTINGS) { id } }`, { id: p.id }, p.token);
  await h.ok(
    `mutation($e: [BehaviourEventInput!]!) { recordBehaviour(events: $e) { recorded } }`,
    { e: [{ customerId: p.id, kind: 'SEARCH', occurredAt: new Date().toISOString(), query: `search-${p.name}` }] },
    h.tokens.system,
  );
  await h.ok(`mutation { checkIn { points } }`, {}, p.token);
  await h.ok(`mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }`, { i: { customerId: p.id, points: 50, reason: `goodwill for ${p.name}` } }, h.tokens.admin);
  await h.ok(`mutation { setPersonalisation(enabled: false) { enabled } }`, {}, p.token);
}

beforeAll(async () => {
  template = (
    await h.ok(`mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id } }`, { i: { name: '满100减10', kind: 'AMOUNT_OFF', amountOff: '10.00', stock: 100, perCustomerLimit: 10, validDays: 30, claimable: false } }, h.tokens.marketer)
  ).createCouponTemplate.id;
  alice = await person('alice', '13800000001', 'alice@example.com');
  bob = await person('bob', '13800000002', 'bob@example.com');
  carol = await person('carol', '13800000003', 'carol@example.com');
  await seed(alice, 2);
  await seed(bob, 1);
  await seed(carol, 5);
  await h.settle();
});

test("myDataExport holds the signed-in customer's data from all four subgraphs, unmasked, complete", async () => {
  const x = (await h.ok(MINE, {}, alice.token)).myDataExport;
  expect(x.customerId).toBe(alice.id);
  expect(x.formatVersion).toBe(1);
  expect(Date.parse(x.generatedAt)).not.toBeNaN();

  const c = x.customer;
  expect(c.profile).toMatchObject({ id: alice.id, name: 'alice', phone: alice.phone, email: alice.email, registrationChannel: 'APP' });
  expect(c.identities).toEqual([expect.objectContaining({ type: 'APP_USER_ID', value: expect.any(String) })]);
  expect(c.tags).toEqual([expect.objectContaining({ name: 'tag-alice', type: 'NEED' })]);
  expect(c.consents).toEqual(expect.arrayContaining([expect.objectContaining({ channel: 'SMS', purpose: 'MARKETING', granted: true })]));
  expect(c.consentHistory).toEqual([expect.objectContaining({ channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS', changedByRole: 'customer' })]);
  expect(c.orders.map((o: any) => o.externalNo).sort()).toEqual([...alice.orders].sort());
  expect(c.orders[0]).toMatchObject({ amount: '150.50', refunded: '0.00', status: 'PAID', refunds: [] });
  expect(c.orders[0].lines).toEqual([
    expect.objectContaining({ lineNo: 1, amount: '120.00', quantity: 1 }),
    expect.objectContaining({ lineNo: 2, sku: 'SKU-SHARED', amount: '30.50' }),
  ]);
  expect(c.behaviour.summary).toEqual([expect.objectContaining({ kind: 'SEARCH', count: 1 })]);
  expect(c.behaviour.events).toEqual([expect.objectContaining({ kind: 'SEARCH', query: 'search-alice' })]);
  expect(c.lifecycleHistory.length).toBeGreaterThanOrEqual(1);
  expect(c.formerIds).toEqual([]);
  expect(c.truncated).toEqual([]);

  const l = x.loyalty;
  expect(l.member).toMatchObject({ tier: expect.any(String), referralCode: expect.any(String) });
  const lines = l.ledger.map((e: any) => `${e.type}:${e.reasonCode}`);
  expect(lines.filter((t: string) => t === 'EARN:ORDER')).toHaveLength(2);
  expect(lines.filter((t: string) => t.startsWith('ADJUST'))).toEqual(['ADJUST:MANUAL']);
  expect(l.ledger.find((e: any) => e.type === 'ADJUST')).toMatchObject({ amount: 50, note: 'goodwill for alice', byRole: 'admin' });
  expect(l.pointsBalance).toBe(l.ledger.reduce((sum: number, e: any) => sum + e.amount, 0));
  expect(l.pointsBalance).toBe(l.ledger[0].balanceAfter);
  expect(l.checkIns).toHaveLength(1);
  expect(l.tierHistory).toEqual(expect.any(Array));
  expect(l.truncated).toEqual([]);

  const s = x.service;
  expect(s.tickets.map((t: any) => t.subject).sort()).toEqual(['问题-alice-0', '问题-alice-1']);
  expect(s.tickets[0].messages).toEqual([expect.objectContaining({ author: 'CUSTOMER', body: expect.stringMatching(/^内容-alice-/) })]);
  expect(s.returns).toEqual([]);
  expect(s.truncated).toEqual([]);

  const m = x.marketing;
  expect(m.coupons).toHaveLength(2);
  expect(m.coupons[0]).toMatchObject({ name: '满100减10', kind: 'AMOUNT_OFF', status: 'ISSUED', source: 'STAFF' });
  expect(m.personalisation).toMatchObject({ enabled: false });
  expect(m).toMatchObject({ segments: [], sendLog: [], abAssignments: [], truncated: [] });
});

test('an export holds nothing of another customer', async () => {
  const text = JSON.stringify((await h.ok(MINE, {}, alice.token)).myDataExport);
  for (const other of [bob, carol]) {
    for (const trace of [other.id, other.phone, other.email, `tag-${other.name}`, `问题-${other.name}`, `内容-${other.name}`, `search-${other.name}`, `goodwill for ${other.name}`, ...other.orders]) {
      expect(text).not.toContain(trace);
    }
  }
});

test("a customer cannot export another's data; staff other than admins cannot export at all", async () => {
  expect(await h.codes(THEIRS, { id: bob.id }, alice.token)).toEqual(['FORBIDDEN']);
  for (const token of [h.tokens.agent, h.tokens.marketer, h.tokens.system]) {
    expect(await h.codes(THEIRS, { id: bob.id }, token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(MINE, {}, token)).toEqual(['FORBIDDEN']);
  }
  expect(await h.codes(MINE, {}, '')).toEqual(['UNAUTHENTICATED']);
  expect(await h.codes(THEIRS, { id: randomUUID() }, h.tokens.admin)).toEqual(['NOT_FOUND']);
  expect(await h.codes(THEIRS, { id: 'nope' }, h.tokens.admin)).toEqual(['NOT_FOUND']);
});

test("an admin's export on a person's request is that person's, unmasked, and its PII is recorded as revealed", async () => {
  const reveals = async () =>
    (await h.stack.subgraphs.customer.dataSource.query(`select field from customer.pii_reveals where customer_id = $1 and actor_id = 'admin-1' order by field`, [bob.id])) as { field: string }[];
  expect(await reveals()).toEqual([]);
  const x = (await h.ok(THEIRS, { id: bob.id }, h.tokens.admin)).customerDataExport;
  expect(x.customerId).toBe(bob.id);
  expect(x.customer.profile).toMatchObject({ phone: bob.phone, email: bob.email });
  expect(x.service.tickets.map((t: any) => t.subject)).toEqual(['问题-bob-0']);
  expect(x.loyalty.ledger.some((e: any) => e.type === 'ADJUST')).toBe(true);
  expect(x.marketing.coupons).toHaveLength(1);
  expect(await reveals()).toEqual([{ field: 'EMAIL' }, { field: 'PHONE' }]);
  expect(JSON.stringify(x)).not.toContain(alice.id);
});

test('every export is audited: whose, who, when, and no personal data', async () => {
  const db = h.stack.subgraphs.customer.dataSource;
  const rows = async () => (await db.query(`select * from customer.data_exports where customer_id = $1 order by id`, [carol.id])) as Record<string, unknown>[];
  expect(await rows()).toEqual([]);
  await h.ok(MINE, {}, carol.token);
  await h.ok(THEIRS, { id: carol.id }, h.tokens.admin);
  const audit = await rows();
  expect(audit).toEqual([
    { id: expect.anything(), customer_id: carol.id, actor_id: carol.id, actor_role: 'customer', at: expect.any(Date) },
    { id: expect.anything(), customer_id: carol.id, actor_id: 'admin-1', actor_role: 'admin', at: expect.any(Date) },
  ]);
  // a refused export leaves no row
  await h.codes(THEIRS, { id: carol.id }, h.tokens.agent);
  expect(await rows()).toHaveLength(2);
  // the trail shows it to admins
  const trail = (await h.ok(`query($id: ID!) { auditTrail(filter: { customerId: $id, kinds: [DATA_EXPORT] }) { nodes { kind actorId actorRole detail } } }`, { id: carol.id }, h.tokens.admin)).auditTrail.nodes;
  expect(trail).toEqual([
    { kind: 'DATA_EXPORT', actorId: 'admin-1', actorRole: 'admin', detail: {} },
    { kind: 'DATA_EXPORT', actorId: carol.id, actorRole: 'customer', detail: {} },
  ]);
});

test('the statements each subgraph sends for an export do not grow with the person’s data', async () => {
  const parts = ['customer', 'loyalty', 'service', 'marketing'] as const;
  const measure = async (p: Person) => {
    const before = parts.map((s) => h.stack.subgraphs[s].statements.count);
    const x = (await h.ok(MINE, {}, p.token)).myDataExport;
    return { counts: parts.map((s, i) => h.stack.subgraphs[s].statements.count - before[i]), x };
  };
  const small = await measure(alice);
  const large = await measure(carol);
  expect(large.x.customer.orders).toHaveLength(5);
  expect(large.x.service.tickets).toHaveLength(5);
  expect(large.x.marketing.coupons).toHaveLength(5);
  expect(large.counts).toEqual(small.counts);
  // customer: the customer read, the audit row and the one section statement; every other subgraph its one section
  // statement (the erased-account check of the customer's token reads memory, not the database)
  expect(large.counts).toEqual([3, 1, 1, 1]);
});

test('every list is read with the row limit it is given, so a list over the cap is cut and named in truncated', async () => {
  // the cap is 10,000 in service; here the section is read and bounded as the service does, with a cap of 2
  const section = await readCustomerSection(h.stack.subgraphs.customer.dataSource.manager, carol.id, 3);
  expect(section.orders).toHaveLength(3);
  const bounded = boundExportLists(section, 2);
  expect(bounded.orders).toHaveLength(2);
  expect(bounded.truncated).toEqual(['orders']);
  expect((bounded.orders as any[]).every((o) => o.lines.length === 2)).toBe(true); // two lines each: at the cap, not cut
});

test('a customer signed in with an id merged into another exports the survivor, with what the merge brought', async () => {
  const eve = await person('eve', '13800000005', 'eve@example.com');
  const old = await person('eve-old', '13800000006', 'eve-old@example.com');
  await seed(old, 1);
  await h.ok(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: eve.id, mergedId: old.id, reason: 'same person' } }, h.tokens.admin);
  await h.settle();
  const x = (await h.ok(MINE, {}, old.token)).myDataExport;
  expect(x.customerId).toBe(eve.id);
  expect(x.customer.formerIds).toEqual([old.id]);
  expect(x.customer.orders.map((o: any) => o.externalNo)).toEqual(old.orders);
  expect(x.service.tickets.map((t: any) => t.subject)).toEqual(['问题-eve-old-0']);
  expect(x.marketing.coupons).toHaveLength(1);
  expect(x.loyalty).not.toBeNull();
});

test('a customer exports themself at most ten times an hour (each export reads all of their data); an admin acting on requests is not held to it', async () => {
  const frank = await person('frank', '13800000007', 'frank@example.com');
  for (let i = 0; i < 10; i++) expect((await h.ok(`{ myDataExport { customerId } }`, {}, frank.token)).myDataExport.customerId).toBe(frank.id);
  expect(await h.codes(`{ myDataExport { customerId } }`, {}, frank.token)).toEqual(['EXPORT_LIMIT_REACHED']);
  // the refused one left no audit row; an admin's export of the same person still goes through and is recorded
  const rows = () => h.stack.subgraphs.customer.dataSource.query(`select actor_role from customer.data_exports where customer_id = $1`, [frank.id]);
  expect(await rows()).toHaveLength(10);
  expect((await h.ok(THEIRS, { id: frank.id }, h.tokens.admin)).customerDataExport.customerId).toBe(frank.id);
  expect((await rows()).filter((r: { actor_role: string }) => r.actor_role === 'admin')).toHaveLength(1);
});
