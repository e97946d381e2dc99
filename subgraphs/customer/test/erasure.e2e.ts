import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../../scripts/stack';

/**
 * Erasure (PIPL Art. 47, DESIGN §7), the customer subgraph's part: an admin erases a customer on their
 * request; the profile is blanked, identities, tags, behaviour and consent are deleted (for the customers
 * merged into them too), orders stay anonymous, the customer answers NOT_FOUND, and customer.erased is
 * emitted for the other domains. Bad input and other roles change nothing.
 */
const env = useTestStack('erasure', { subgraphs: ['customer'] });
const tokens = {} as Record<'system' | 'admin' | 'marketer', string>;
let survivor: string;
let merged: string;

const gql = (query: string, variables: Record<string, unknown>, token: string) => graphql(env.stack.gateway.url, query, variables, { token });
const ERASE = `mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { customerId formerIds erasedAt } }`;
const RESOLVE = `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { created customer { id } } }`;
const sql = (query: string, params: unknown[] = []) => env.stack.subgraphs.customer.dataSource.query(query, params);
const countFor = async (table: string, ids: string[]) =>
  (await sql(`select count(*)::int as n from customer.${table} where customer_id = any($1::uuid[])`, [ids]))[0].n as number;

const OPENID = { type: 'WECHAT_MINI_OPENID', appId: 'wxerase', value: 'o_erase_me' };

beforeAll(async () => {
  const { stack } = env;
  tokens.system = await stack.token('system', 'feed');
  tokens.admin = await stack.token('admin', 'dpo-1');
  tokens.marketer = await stack.token('marketer', 'mkt-1');
  const profile = { name: '待删除', phone: '13800138000', email: 'erase@example.com', birthday: '1990-05-01', region: '上海' };
  survivor = dataOf(await gql(RESOLVE, { i: { identity: OPENID, channel: 'MINI_PROGRAM', profile } }, tokens.system)).resolveCustomer.customer.id;
  merged = dataOf(await gql(RESOLVE, { i: { identity: { type: 'APP_USER_ID', value: 'app-erase' }, channel: 'APP', profile: { name: '旧账号', phone: '13800138001' } } }, tokens.system))
    .resolveCustomer.customer.id;
  dataOf(await gql(`mutation($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m, reason: "same person" }) { id } }`, { s: survivor, m: merged }, tokens.admin));
  dataOf(await gql(`mutation($id: ID!) { addTags(customerId: $id, tags: [{ name: "母婴", type: NEED, source: MANUAL }]) { id } }`, { id: survivor }, tokens.admin));
  dataOf(await gql(`mutation($id: ID!) { grantConsent(customerId: $id, channel: SMS, purpose: MARKETING, source: IMPORT) { id } }`, { id: survivor }, tokens.system));
  const now = new Date().toISOString();
  const behaviour = [{ customerId: survivor, kind: 'SEARCH', query: '婴儿车', occurredAt: now }, { customerId: survivor, kind: 'BROWSE', sku: 'PRAM-1', category: 'baby', occurredAt: now }];
  dataOf(await gql(`mutation($e: [BehaviourEventInput!]!) { recordBehaviour(events: $e) { recorded } }`, { e: behaviour }, tokens.system));
  dataOf(await gql(`mutation($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`, {
    o: { externalNo: 'ERASE-1', customerId: survivor, channel: 'APP', paidAt: new Date().toISOString(), lines: [{ sku: 'S1', category: 'baby', quantity: 1, amount: '88.00' }] },
  }, tokens.system));
});

test('only admins erase, with a reason; anything else changes nothing', async () => {
  expect(errorCodes(await gql(ERASE, { id: survivor, reason: 'request #1' }, tokens.marketer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await gql(ERASE, { id: survivor, reason: '   ' }, tokens.admin))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await gql(ERASE, { id: 'not-a-customer', reason: 'request #1' }, tokens.admin))).toEqual(['NOT_FOUND']);
  const [row] = await sql(`select status, name from customer.customers where id = $1`, [survivor]);
  expect(row).toEqual({ status: 'ACTIVE', name: '待删除' });
  expect(await countFor('identities', [survivor])).toBe(2);
});

test('erasure blanks the person, merged accounts included, keeps orders, records who and why, and emits customer.erased', async () => {
  await env.stack.settle(); // the events about them are on the bus too
  const result = dataOf(await gql(ERASE, { id: merged, reason: 'PIPL request, ticket 4711' }, tokens.admin)).eraseCustomer;
  expect(result).toEqual({ customerId: survivor, formerIds: [merged], erasedAt: expect.any(String) });

  const rows = await sql(`select id, status, name, phone, email, birthday, region from customer.customers where id = any($1::uuid[]) order by status`, [[survivor, merged]]);
  expect(rows).toEqual([
    { id: survivor, status: 'ERASED', name: null, phone: null, email: null, birthday: null, region: null },
    { id: merged, status: 'MERGED', name: null, phone: null, email: null, birthday: null, region: null },
  ]);
  for (const table of ['identities', 'tags', 'behaviour_events', 'consents', 'consent_history']) expect(await countFor(table, [survivor, merged])).toBe(0);
  expect(await countFor('orders', [survivor])).toBe(1);
  expect(await sql(`select actor_id, actor_role, reason from customer.erasures where customer_id = $1`, [survivor])).toEqual([
    { actor_id: 'dpo-1', actor_role: 'admin', reason: 'PIPL request, ticket 4711' },
  ]);
  const [event] = await sql(`select payload from customer.outbox where type = 'customer.erased'`);
  expect(event.payload).toEqual({ customerId: survivor, formerIds: [merged] });

  // the personal content of the events written about them is blanked, in the outbox and on the bus
  for (const copy of [`customer.outbox where true`, `bus.events where source = 'customer'`]) {
    const events = await sql(`select type, payload from ${copy} and aggregate_id = any($1::text[]) order by type, payload->>'kind'`, [[survivor, merged]]);
    const of = (type: string) => events.filter((e: { type: string }) => e.type === type).map((e: { payload: Record<string, unknown> }) => e.payload);
    expect(of('customer.registered')).toEqual([expect.objectContaining({ birthday: null }), expect.objectContaining({ birthday: null })]);
    expect(of('customer.tags_changed')).toEqual([expect.objectContaining({ added: [], removed: [] })]);
    expect(of('customer.behaviour_recorded')).toEqual([
      expect.objectContaining({ kind: 'BROWSE', sku: null, category: null }),
      expect.objectContaining({ kind: 'SEARCH', sku: null, category: null }),
    ]);
    expect(JSON.stringify(events)).not.toMatch(/1990-05-01|母婴|PRAM-1|baby/);
  }
});

test('an erased customer answers NOT_FOUND everywhere, is not listed, and the old identity starts a new customer', async () => {
  expect(errorCodes(await gql(`query($id: ID!) { customer(id: $id) { id } }`, { id: survivor }, tokens.admin))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await gql(`query($id: ID!) { customer(id: $id) { id } }`, { id: merged }, tokens.admin))).toEqual(['NOT_FOUND']);
  // their tokens are refused before anything runs (issue 15: erased_actors)
  expect(errorCodes(await gql(`{ me { id } }`, {}, await env.stack.token('customer', survivor)))).toEqual(['ACCOUNT_ERASED']);
  expect(errorCodes(await gql(`{ me { id } }`, {}, await env.stack.token('customer', merged)))).toEqual(['ACCOUNT_ERASED']);
  const listed = dataOf(await gql(`{ customers(first: 100) { nodes { id } } }`, {}, tokens.marketer)).customers.nodes.map((c: { id: string }) => c.id);
  expect(listed).not.toContain(survivor);
  expect(errorCodes(await gql(ERASE, { id: survivor, reason: 'again' }, tokens.admin))).toEqual(['NOT_FOUND']);

  const again = dataOf(await gql(RESOLVE, { i: { identity: OPENID, channel: 'MINI_PROGRAM' } }, tokens.system)).resolveCustomer;
  expect(again.created).toBe(true);
  expect(again.customer.id).not.toBe(survivor);
});
