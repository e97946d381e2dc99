import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes, graphql } from '@member-graph/common/testing';
import type { Stack } from '../../../scripts/stack';
import { ok, profileFacts, useProfileFactsStack, type Tokens } from './support/profile-facts';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const env = useProfileFactsStack('tags', clock);
let stack: Stack;
let facts: ReturnType<typeof profileFacts>;
let tokens: Tokens;
beforeAll(() => ({ stack, facts, tokens } = env));

const ADD = `mutation($id: ID!, $tags: [TagInput!]!) { addTags(customerId: $id, tags: $tags) { id tags { name type source expiresAt taggedAt } } }`;
const REMOVE = `mutation($id: ID!, $names: [String!]!) { removeTags(customerId: $id, names: $names) { id tags { name } } }`;
const TAGS = `query($id: ID!) { customer(id: $id) { tags { name type source expiresAt } } }`;
const add = (id: string, tags: unknown[], token = tokens.marketer) => graphql(stack.gateway.url, ADD, { id, tags }, { token });
const tagsOf = async (id: string) => (await ok(stack, TAGS, { id }, tokens.agent)).customer.tags;

test('staff put tags on a customer (Chinese names, trimmed); re-adding updates type, source and expiry', async () => {
  const id = await facts.customer('tag-basic');
  const added = (await ok(stack, ADD, { id, tags: [{ name: ' 母婴 ', type: 'NEED' }, { name: 'VIP', type: 'VALUE', source: 'RULE' }] }, tokens.marketer)).addTags;
  expect(added.tags).toEqual([
    { name: 'VIP', type: 'VALUE', source: 'RULE', expiresAt: null, taggedAt: clock.now().toISOString() },
    { name: '母婴', type: 'NEED', source: 'MANUAL', expiresAt: null, taggedAt: clock.now().toISOString() },
  ]);
  const expiresAt = new Date(clock.now().getTime() + 30 * DAY_MS).toISOString();
  await ok(stack, ADD, { id, tags: [{ name: '母婴', type: 'SCENE', source: 'MODEL', expiresAt }] }, tokens.system);
  expect(await tagsOf(id)).toEqual([
    { name: 'VIP', type: 'VALUE', source: 'RULE', expiresAt: null },
    { name: '母婴', type: 'SCENE', source: 'MODEL', expiresAt },
  ]);
  const [{ n }] = await facts.query(`select count(*)::int as n from customer.tags where customer_id = $1`, [id]);
  expect(n).toBe(2);
});

test('tags_changed is written once per change of the effective set, not for updates of existing tags', async () => {
  const id = await facts.customer('tag-events');
  await ok(stack, ADD, { id, tags: [{ name: '宝妈', type: 'ATTRIBUTE' }, { name: '夜猫子', type: 'BEHAVIOR' }] }, tokens.agent);
  await ok(stack, ADD, { id, tags: [{ name: '宝妈', type: 'ATTRIBUTE', source: 'RULE' }] }, tokens.agent); // update only
  await ok(stack, REMOVE, { id, names: ['夜猫子', '不存在'] }, tokens.admin);
  await ok(stack, REMOVE, { id, names: ['夜猫子'] }, tokens.admin); // already gone
  const events = await facts.outbox('customer.tags_changed', id);
  expect(events.map((e) => e.payload)).toEqual([
    { customerId: id, added: ['夜猫子', '宝妈'].sort(), removed: [] },
    { customerId: id, added: [], removed: ['夜猫子'] },
  ]);
  expect(events[0].actor).toEqual({ id: 'agent-1', role: 'agent', scopes: [] });
  await stack.settle();
  const [{ n }] = await facts.query(`select count(*)::int as n from bus.events where type = 'customer.tags_changed' and aggregate_id = $1`, [id]);
  expect(n).toBe(2);
});

test('expired tags stop counting at once, and the expiry sweep announces them exactly once', async () => {
  const id = await facts.customer('tag-expiry');
  const other = await facts.customer('tag-expiry-other');
  const tomorrow = new Date(clock.now().getTime() + DAY_MS).toISOString();
  await ok(stack, ADD, { id, tags: [{ name: '大促敏感', type: 'BEHAVIOR', expiresAt: tomorrow }, { name: '常客', type: 'VALUE' }] }, tokens.marketer);
  await ok(stack, ADD, { id: other, tags: [{ name: '大促敏感', type: 'BEHAVIOR' }] }, tokens.marketer);
  const LIST = `query($f: CustomerFilterInput) { customers(filter: $f) { totalCount nodes { id } } }`;
  expect((await ok(stack, LIST, { f: { tagsAll: ['大促敏感'] } }, tokens.marketer)).customers.totalCount).toBe(2);

  clock.advance(2 * DAY_MS);
  expect((await tagsOf(id)).map((t: { name: string }) => t.name)).toEqual(['常客']);
  const listed = (await ok(stack, LIST, { f: { tagsAll: ['大促敏感'] } }, tokens.marketer)).customers;
  expect(listed).toEqual({ totalCount: 1, nodes: [{ id: other }] });
  expect((await ok(stack, LIST, { f: { tagsAny: ['大促敏感', '不存在'] } }, tokens.marketer)).customers.totalCount).toBe(1);

  expect(await stack.subgraphs.customer.services.tags.expire()).toBe(1);
  expect(await stack.subgraphs.customer.services.tags.expire()).toBe(0);
  const events = (await facts.outbox('customer.tags_changed', id)).map((e) => e.payload);
  expect(events[events.length - 1]).toEqual({ customerId: id, added: [], removed: ['大促敏感'] });
  expect(events.filter((e) => e.removed.length > 0)).toHaveLength(1);

  // re-adding an expired tag makes it count again
  const later = new Date(clock.now().getTime() + DAY_MS).toISOString();
  await ok(stack, ADD, { id, tags: [{ name: '大促敏感', type: 'BEHAVIOR', expiresAt: later }] }, tokens.marketer);
  expect((await tagsOf(id)).map((t: { name: string }) => t.name).sort()).toEqual(['大促敏感', '常客'].sort());
});

test('customers cannot tag themselves or anyone; other staff roles can; anonymous callers are refused', async () => {
  const id = await facts.customer('tag-roles');
  const self = await stack.token('customer', id);
  expect(errorCodes(await add(id, [{ name: 'x', type: 'NEED' }], self))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await graphql(stack.gateway.url, REMOVE, { id, names: ['x'] }, { token: self }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await graphql(stack.gateway.url, ADD, { id, tags: [{ name: 'x', type: 'NEED' }] }))).toEqual(['UNAUTHENTICATED']);
  for (const role of ['agent', 'marketer', 'admin', 'system'] as const) {
    expect(errorCodes(await add(id, [{ name: role, type: 'ATTRIBUTE' }], tokens[role]))).toEqual([]);
  }
  expect((await tagsOf(id)).map((t: { name: string }) => t.name)).toEqual(['admin', 'agent', 'marketer', 'system']);
  // the customer may read their own tags
  expect((await ok(stack, `{ me { tags { name } } }`, {}, self)).me.tags).toHaveLength(4);
});

test('bad input is refused with the field and changes nothing; unknown customers are NOT_FOUND', async () => {
  const id = await facts.customer('tag-bad');
  const long = await add(id, [{ name: 'ok', type: 'NEED' }, { name: '长'.repeat(33), type: 'NEED' }]);
  expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
  expect(long.errors?.[0].extensions?.details).toEqual({ field: 'tags[1].name' });
  const past = await add(id, [{ name: 'ok', type: 'NEED', expiresAt: '2020-01-01T00:00:00.000Z' }]);
  expect(past.errors?.[0].extensions?.details).toEqual({ field: 'tags[0].expiresAt' });
  expect(errorCodes(await add(id, [{ name: 'ok', type: 'NEED' }, { name: 'ok ', type: 'NEED' }]))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await add(id, []))).toEqual(['BAD_USER_INPUT']);
  expect(await tagsOf(id)).toEqual([]);
  expect(errorCodes(await add('00000000-0000-4000-8000-000000000000', [{ name: 'ok', type: 'NEED' }]))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await add('not-a-uuid', [{ name: 'ok', type: 'NEED' }]))).toEqual(['NOT_FOUND']);
});

test('merging: the survivor keeps its own tag of the same name, takes the others, and the change is announced', async () => {
  const survivor = await facts.customer('tag-survivor');
  const merged = await facts.customer('tag-merged');
  await ok(stack, ADD, { id: survivor, tags: [{ name: '母婴', type: 'NEED', source: 'MANUAL' }] }, tokens.agent);
  await ok(stack, ADD, { id: merged, tags: [{ name: '母婴', type: 'SCENE', source: 'MODEL' }, { name: '高价值', type: 'VALUE' }] }, tokens.agent);
  await ok(stack, `mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: survivor, mergedId: merged } }, tokens.admin);
  expect(await tagsOf(survivor)).toEqual([
    { name: '母婴', type: 'NEED', source: 'MANUAL', expiresAt: null },
    { name: '高价值', type: 'VALUE', source: 'MANUAL', expiresAt: null },
  ]);
  const [{ n }] = await facts.query(`select count(*)::int as n from customer.tags where customer_id = $1`, [merged]);
  expect(n).toBe(0);
  const last = (await facts.outbox('customer.tags_changed', survivor)).pop();
  expect(last?.payload).toEqual({ customerId: survivor, added: ['高价值'], removed: [] });
  // tagging through the merged id lands on the survivor
  await ok(stack, ADD, { id: merged, tags: [{ name: '老客', type: 'VALUE' }] }, tokens.agent);
  expect((await tagsOf(survivor)).map((t: { name: string }) => t.name)).toContain('老客');
});

test('tags compare after NFKC and case-insensitively: "Ｍｏｔｈｅｒ", "Mother" and "mother" are one tag everywhere', async () => {
  const id = await facts.customer('tag-case');
  await ok(stack, ADD, { id, tags: [{ name: 'Ｍｏｔｈｅｒ', type: 'NEED' }] }, tokens.marketer);
  expect(await tagsOf(id)).toEqual([{ name: 'Mother', type: 'NEED', source: 'MANUAL', expiresAt: null }]);
  // the same tag in another width or case updates it (the first spelling stays) and announces nothing new
  await ok(stack, ADD, { id, tags: [{ name: 'mother', type: 'SCENE' }] }, tokens.marketer);
  expect(await tagsOf(id)).toEqual([{ name: 'Mother', type: 'SCENE', source: 'MANUAL', expiresAt: null }]);
  expect((await facts.outbox('customer.tags_changed', id)).map((e) => e.payload)).toEqual([{ customerId: id, added: ['Mother'], removed: [] }]);
  expect(errorCodes(await add(id, [{ name: 'MOTHER', type: 'NEED' }, { name: 'ｍｏｔｈｅｒ', type: 'NEED' }]))).toEqual(['BAD_USER_INPUT']);
  // listing filters and removal find it whatever the spelling
  const LIST = `query($f: CustomerFilterInput) { customers(filter: $f) { nodes { id } } }`;
  for (const f of [{ tagsAll: ['MOTHER'] }, { tagsAny: ['ｍｏｔｈｅｒ'] }, { tagsAll: ['mother', 'Mother'] }]) {
    expect((await ok(stack, LIST, { f }, tokens.marketer)).customers.nodes.map((n: { id: string }) => n.id)).toContain(id);
  }
  await ok(stack, REMOVE, { id, names: ['mOtHeR'] }, tokens.admin);
  expect(await tagsOf(id)).toEqual([]);
});
