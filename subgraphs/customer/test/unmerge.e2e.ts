import { useTestStack } from '../../../scripts/stack';
import { newCustomer, recordOrder } from '../../../scripts/stack/fixtures';

/**
 * Unmerge (issue 15): an admin undoes a wrong merge. Each side gets back what it had before the merge,
 * in every subgraph (customer: identities, tags, orders, behaviour; loyalty: points; service: tickets, returns;
 * marketing: coupons), the customer subgraph at once and the others through customer.unmerged; the undo
 * is audited in customer.unmerges; it cannot be done twice, by anyone but an admin, or after an erasure.
 */
const h = useTestStack('unmerge', {});

const MERGE = `mutation($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m, reason: "same phone" }) { id } }`;
const UNMERGE = `mutation($i: UnmergeCustomerInput!) { unmergeCustomer(input: $i) { id mergeId survivorId restoredId restored { kind count } at } }`;
const ADD_TAGS = `mutation($id: ID!, $tags: [TagInput!]!) { addTags(customerId: $id, tags: $tags) { id } }`;
const BEHAVIOUR = `mutation($e: [BehaviourEventInput!]!) { recordBehaviour(events: $e) { recorded } }`;
const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
const TEMPLATE = `mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id } }`;
const ISSUE = `mutation($i: IssueCouponInput!) { issueCoupon(input: $i) { coupon { id } } }`;
const OPEN_RETURN = `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`;
const ERASE = `mutation($id: ID!) { eraseCustomer(customerId: $id, reason: "request 9") { customerId } }`;
const SNAPSHOT = `query($id: ID!) { customer(id: $id) {
  id name identities { type value } tags { name } orders(first: 50) { nodes { id } } recentBehaviour { kind }
  loyalty { points { balance } } tickets(first: 50) { nodes { id } } returns(first: 50) { nodes { id } } coupons { id } } }`;

const snapshot = async (id: string) => {
  const c = (await h.ok(SNAPSHOT, { id }, h.tokens.admin)).customer;
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
  return { ...c, orders: ids(c.orders.nodes), tickets: ids(c.tickets.nodes), returns: ids(c.returns.nodes), coupons: ids(c.coupons), identities: c.identities.map((i: { value: string }) => i.value).sort() };
};

async function member(name: string) {
  const id = await newCustomer(h, { value: `app-unmerge-${name}-${Date.now()}`, name });
  return { id, token: await h.stack.token('customer', id) };
}

test('an admin undoes a wrong merge: each side has back what it had, in every subgraph, audited, once', async () => {
  const survivor = await member('survivor');
  const merged = await member('merged');
  const template = (await h.ok(TEMPLATE, { i: { name: '回归券', kind: 'AMOUNT_OFF', amountOff: '10.00', stock: 100, validDays: 30, perCustomerLimit: 5 } }, h.tokens.marketer))
    .createCouponTemplate.id;
  const orders = new Map<string, string>();
  for (const [c, tags, amount] of [[survivor, ['VIP', '礼品'], '300.00'], [merged, ['母婴', '礼品'], '120.00']] as const) {
    await h.ok(ADD_TAGS, { id: c.id, tags: tags.map((name) => ({ name, type: 'NEED' })) }, h.tokens.marketer);
    orders.set(c.id, await recordOrder(h, c.id, { amount }));
  }
  await h.settle();
  for (const c of [survivor, merged]) {
    await h.ok(OPEN_RETURN, { i: { orderId: orders.get(c.id), lines: [{ sku: 'SKU-1', quantity: 1 }], reason: '不合适' } }, c.token);
    await h.ok(OPEN_TICKET, { i: { channel: 'APP', type: 'CONSULTATION', subject: '咨询', body: '请问发货时间？' } }, c.token);
    await h.ok(ISSUE, { i: { templateId: template, customerId: c.id, idempotencyKey: `coupon-${c.id}` } }, h.tokens.marketer);
  }
  await h.ok(BEHAVIOUR, { e: [{ customerId: merged.id, kind: 'SEARCH', query: '奶粉', occurredAt: new Date().toISOString() }] }, h.tokens.system);
  await h.settle();
  const before = { survivor: await snapshot(survivor.id), merged: await snapshot(merged.id) };
  expect(before.merged).toMatchObject({ id: merged.id, tags: [{ name: '母婴' }, { name: '礼品' }], recentBehaviour: [{ kind: 'SEARCH' }] });
  expect(before.merged.loyalty.points.balance).toBeGreaterThan(0);
  expect([before.merged.orders.length, before.merged.tickets.length, before.merged.returns.length, before.merged.coupons.length]).toEqual([1, 1, 1, 1]);

  await h.ok(MERGE, { s: survivor.id, m: merged.id }, h.tokens.admin);
  await h.settle();
  const joined = await snapshot(survivor.id);
  expect(joined.orders).toEqual([...before.survivor.orders, ...before.merged.orders].sort());
  expect(joined.tickets).toEqual([...before.survivor.tickets, ...before.merged.tickets].sort());
  expect(joined.returns).toEqual([...before.survivor.returns, ...before.merged.returns].sort());
  expect(joined.coupons).toEqual([...before.survivor.coupons, ...before.merged.coupons].sort());
  expect(joined.loyalty.points.balance).toBe(before.survivor.loyalty.points.balance + before.merged.loyalty.points.balance);

  // refused: other roles, half a target, an unknown merge; nothing changes
  const pair = { survivorId: survivor.id, mergedId: merged.id, reason: 'wrong merge, ticket 77' };
  for (const token of [h.tokens.marketer, h.tokens.agent, h.tokens.system, merged.token]) expect(await h.codes(UNMERGE, { i: pair }, token)).toEqual(['FORBIDDEN']);
  expect(await h.codes(UNMERGE, { i: { survivorId: survivor.id, reason: 'x' } }, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
  expect(await h.codes(UNMERGE, { i: { ...pair, reason: '' } }, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
  expect(await h.codes(UNMERGE, { i: { mergeId: '00000000-0000-4000-8000-000000000000', reason: 'x' } }, h.tokens.admin)).toEqual(['NOT_FOUND']);
  expect(await snapshot(survivor.id)).toEqual(joined);

  const undone = (await h.ok(UNMERGE, { i: pair }, h.tokens.admin)).unmergeCustomer;
  expect(undone).toMatchObject({ survivorId: survivor.id, restoredId: merged.id, mergeId: expect.any(String) });
  expect(Object.fromEntries(undone.restored.map((r: { kind: string; count: number }) => [r.kind, r.count]))).toEqual({ identities: 1, orders: 1, tags: 2, behaviour: 1 });
  await h.settle();
  // each side has back what it had, in every subgraph
  expect(await snapshot(survivor.id)).toEqual(before.survivor);
  expect(await snapshot(merged.id)).toEqual(before.merged);
  // the restored customer's own token reads its own account again
  expect((await h.ok(`{ me { id } }`, {}, merged.token)).me.id).toBe(merged.id);

  const audit = await h.stack.subgraphs.customer.dataSource.query(
    `select id, merge_id, survivor_id, restored_id, actor_id, actor_role, reason from customer.unmerges where merge_id = $1`,
    [undone.mergeId],
  );
  expect(audit).toEqual([
    { id: undone.id, merge_id: undone.mergeId, survivor_id: survivor.id, restored_id: merged.id, actor_id: 'admin-1', actor_role: 'admin', reason: 'wrong merge, ticket 77' },
  ]);
  // the admin audit trail shows it, found by either customer
  const trail = `query($f: AuditFilter) { auditTrail(filter: $f, first: 10) { nodes { kind customerId relatedCustomerId actorId reason detail } } }`;
  for (const customerId of [survivor.id, merged.id]) {
    const { nodes } = (await h.ok(trail, { f: { customerId, kinds: ['UNMERGE'] } }, h.tokens.admin)).auditTrail;
    expect(nodes).toEqual([
      { kind: 'UNMERGE', customerId: survivor.id, relatedCustomerId: merged.id, actorId: 'admin-1', reason: 'wrong merge, ticket 77', detail: { mergeId: undone.mergeId, restoredId: merged.id } },
    ]);
  }
  expect(await h.codes(UNMERGE, { i: { mergeId: undone.mergeId, reason: 'again' } }, h.tokens.admin)).toEqual(['ALREADY_UNMERGED']);

  // every event redelivered to loyalty, service and marketing (the merge and its undo among them) changes nothing
  for (const name of ['loyalty', 'service', 'marketing'] as const) {
    const ds = h.stack.subgraphs[name].dataSource;
    await ds.query(`update ${name}.consumer_offsets set position = 0`);
    await ds.query(`delete from ${name}.processed_events`);
  }
  await h.settle();
  expect(await snapshot(survivor.id)).toEqual(before.survivor);
  expect(await snapshot(merged.id)).toEqual(before.merged);
});

test('a merge whose survivor was erased cannot be undone (CUSTOMER_ERASED)', async () => {
  const survivor = await member('erased-survivor');
  const merged = await member('erased-merged');
  await h.ok(MERGE, { s: survivor.id, m: merged.id }, h.tokens.admin);
  await h.ok(ERASE, { id: survivor.id }, h.tokens.admin);
  expect(await h.codes(UNMERGE, { i: { survivorId: survivor.id, mergedId: merged.id, reason: 'too late' } }, h.tokens.admin)).toEqual(['CUSTOMER_ERASED']);
  const [{ n }] = await h.stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.unmerges where restored_id = $1`, [merged.id]);
  expect(n).toBe(0);
});
