import { ManualClock } from '@member-graph/common/time';
import { errorCodes, graphql } from '@member-graph/common/testing';
import type { Stack } from '../../../scripts/stack';
import { ok, profileFacts, useProfileFactsStack, type Tokens } from './support/profile-facts';

const clock = new ManualClock('2026-04-01T02:00:00.000Z');
const env = useProfileFactsStack('behaviour', clock);
let stack: Stack;
let facts: ReturnType<typeof profileFacts>;
let tokens: Tokens;
beforeAll(() => ({ stack, facts, tokens } = env));

const RECORD = `mutation($e: [BehaviourEventInput!]!) { recordBehaviour(events: $e) { recorded customers } }`;
const record = (events: unknown[], token = tokens.system) => graphql(stack.gateway.url, RECORD, { e: events }, { token });
const ago = (minutes: number) => new Date(clock.now().getTime() - minutes * 60_000).toISOString();
const ACTIVITY = `query($id: ID!) { customer(id: $id) { lastActiveAt recentBehaviour(first: 10) { kind occurredAt sku category query } } }`;
const activity = async (id: string) => (await ok(stack, ACTIVITY, { id }, tokens.agent)).customer;
const stored = async (id: string) => (await facts.query(`select count(*)::int as n from customer.behaviour_events where customer_id = $1`, [id]))[0].n;

test('a batch for several customers is stored, moves lastActiveAt to the latest event and emits one event per fact', async () => {
  const a = await facts.customer('beh-a');
  const b = await facts.customer('beh-b');
  const res = await ok(stack, RECORD, {
    e: [
      { customerId: a, kind: 'LOGIN', occurredAt: ago(60) },
      { customerId: a, kind: 'SEARCH', occurredAt: ago(50), query: '奶粉 3段' },
      { customerId: a, kind: 'BROWSE', occurredAt: ago(40), sku: 'SKU-9', category: '奶粉' },
      { customerId: a, kind: 'ADD_TO_CART', occurredAt: ago(30), sku: 'SKU-9' },
      { customerId: b, kind: 'BROWSE', occurredAt: ago(5), category: '纸尿裤' },
    ],
  }, tokens.system);
  expect(res.recordBehaviour).toEqual({ recorded: 5, customers: 2 });
  const mine = await activity(a);
  expect(mine.lastActiveAt).toBe(ago(30));
  expect(mine.recentBehaviour.map((e: { kind: string }) => e.kind)).toEqual(['ADD_TO_CART', 'BROWSE', 'SEARCH', 'LOGIN']);
  expect(mine.recentBehaviour[2]).toEqual({ kind: 'SEARCH', occurredAt: ago(50), sku: null, category: null, query: '奶粉 3段' });
  expect((await activity(b)).lastActiveAt).toBe(ago(5));

  const events = await facts.outbox('customer.behaviour_recorded', a);
  expect(events.map((e) => e.payload)).toEqual([
    { customerId: a, kind: 'LOGIN', occurredAt: ago(60), sku: null, category: null },
    { customerId: a, kind: 'SEARCH', occurredAt: ago(50), sku: null, category: null },
    { customerId: a, kind: 'BROWSE', occurredAt: ago(40), sku: 'SKU-9', category: '奶粉' },
    { customerId: a, kind: 'ADD_TO_CART', occurredAt: ago(30), sku: 'SKU-9', category: null },
  ]);
  await stack.settle();
  const [{ n }] = await facts.query(`select count(*)::int as n from bus.events where type = 'customer.behaviour_recorded'`);
  expect(n).toBe(5);
});

test('late events never move lastActiveAt back', async () => {
  const id = await facts.customer('beh-late');
  await ok(stack, RECORD, { e: [{ customerId: id, kind: 'LOGIN', occurredAt: ago(1) }] }, tokens.system);
  await ok(stack, RECORD, { e: [{ customerId: id, kind: 'LOGIN', occurredAt: ago(600) }] }, tokens.system);
  expect((await activity(id)).lastActiveAt).toBe(ago(1));
});

test('customers may record their own events only; staff other than integrations may not record', async () => {
  const id = await facts.customer('beh-self');
  const other = await facts.customer('beh-other');
  const self = await stack.token('customer', id);
  expect(errorCodes(await record([{ customerId: id, kind: 'LOGIN', occurredAt: ago(1) }], self))).toEqual([]);
  const mixed = await record([{ customerId: id, kind: 'LOGIN', occurredAt: ago(1) }, { customerId: other, kind: 'LOGIN', occurredAt: ago(1) }], self);
  expect(errorCodes(mixed)).toEqual(['NOT_FOUND']);
  for (const role of ['agent', 'marketer', 'admin'] as const) {
    expect(errorCodes(await record([{ customerId: id, kind: 'LOGIN', occurredAt: ago(1) }], tokens[role]))).toEqual(['FORBIDDEN']);
  }
  expect(errorCodes(await graphql(stack.gateway.url, RECORD, { e: [{ customerId: id, kind: 'LOGIN', occurredAt: ago(1) }] }))).toEqual(['UNAUTHENTICATED']);
  expect(await stored(id)).toBe(1);
  expect(await stored(other)).toBe(0);
});

test('a batch is all or nothing: one bad event or unknown customer records none of it', async () => {
  const id = await facts.customer('beh-atomic');
  const bad = await record([
    { customerId: id, kind: 'LOGIN', occurredAt: ago(3) },
    { customerId: id, kind: 'ADD_TO_CART', occurredAt: ago(2) },
  ]);
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors?.[0].extensions?.details).toEqual({ field: 'events[1].sku' });
  const future = await record([{ customerId: id, kind: 'LOGIN', occurredAt: new Date(clock.now().getTime() + 10 * 60_000).toISOString() }]);
  expect(future.errors?.[0].extensions?.details).toEqual({ field: 'events[0].occurredAt' });
  const unknown = await record([
    { customerId: id, kind: 'LOGIN', occurredAt: ago(3) },
    { customerId: '00000000-0000-4000-8000-000000000000', kind: 'LOGIN', occurredAt: ago(2) },
  ]);
  expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  expect(await stored(id)).toBe(0);
  expect((await activity(id)).lastActiveAt).toBeNull();
  expect(await facts.outbox('customer.behaviour_recorded', id)).toEqual([]);
});

test('batches hold up to 500 events', async () => {
  const id = await facts.customer('beh-bulk');
  const events = Array.from({ length: 501 }, (_, i) => ({ customerId: id, kind: 'BROWSE', occurredAt: ago(501 - i), sku: `SKU-${i}` }));
  expect(errorCodes(await record(events))).toEqual(['BAD_USER_INPUT']);
  expect((await ok(stack, RECORD, { e: events.slice(1) }, tokens.system)).recordBehaviour).toEqual({ recorded: 500, customers: 1 });
  expect(await stored(id)).toBe(500);
  expect((await activity(id)).lastActiveAt).toBe(ago(1));
});

test('events for a merged id land on the survivor; merging moves the history and keeps the later activity', async () => {
  const survivor = await facts.customer('beh-survivor');
  const merged = await facts.customer('beh-merged');
  await ok(stack, RECORD, { e: [{ customerId: survivor, kind: 'LOGIN', occurredAt: ago(100) }, { customerId: merged, kind: 'LOGIN', occurredAt: ago(10) }] }, tokens.system);
  await ok(stack, `mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: survivor, mergedId: merged } }, tokens.admin);
  expect(await stored(survivor)).toBe(2);
  expect((await activity(survivor)).lastActiveAt).toBe(ago(10));
  await ok(stack, RECORD, { e: [{ customerId: merged, kind: 'SEARCH', occurredAt: ago(1), query: 'stroller' }] }, tokens.system);
  expect(await stored(survivor)).toBe(3);
  expect((await activity(survivor)).lastActiveAt).toBe(ago(1));
  const [{ audit }] = await facts.query(`select moved as audit from customer.merges where merged_id = $1`, [merged]);
  expect(audit.behaviour).toBe(1);
});

test('a retried batch counts once: events whose clientEventId was recorded before are skipped, in the table, the events and lastActiveAt', async () => {
  const c = await facts.customer('beh-retry');
  const batch = [
    { customerId: c, kind: 'BROWSE', occurredAt: ago(20), category: '玩具', clientEventId: 'dev-1:001' },
    { customerId: c, kind: 'ADD_TO_CART', occurredAt: ago(10), sku: 'TOY-1', clientEventId: 'dev-1:002' },
  ];
  const RECORD_ALL = `mutation($e: [BehaviourEventInput!]!) { recordBehaviour(events: $e) { recorded customers duplicates } }`;
  expect((await ok(stack, RECORD_ALL, { e: batch }, tokens.system)).recordBehaviour).toEqual({ recorded: 2, customers: 1, duplicates: 0 });
  // the tracker did not get the answer and sends the batch again, plus one new event and one repeated inside the batch
  const later = { customerId: c, kind: 'LOGIN', occurredAt: ago(1), clientEventId: 'dev-1:003' };
  const retry = await ok(stack, RECORD_ALL, { e: [...batch, later, { ...later, occurredAt: ago(0) }] }, tokens.system);
  expect(retry.recordBehaviour).toEqual({ recorded: 1, customers: 1, duplicates: 3 });
  expect(await stored(c)).toBe(3);
  expect((await facts.outbox('customer.behaviour_recorded', c)).map((e) => e.payload.kind)).toEqual(['BROWSE', 'ADD_TO_CART', 'LOGIN']);
  expect((await activity(c)).lastActiveAt).toBe(ago(1)); // the skipped copy at ago(0) did not count
  // events without an id are never deduplicated
  const anonymous = { customerId: c, kind: 'LOGIN', occurredAt: ago(2) };
  expect((await ok(stack, RECORD_ALL, { e: [anonymous, anonymous] }, tokens.system)).recordBehaviour).toEqual({ recorded: 2, customers: 1, duplicates: 0 });
  expect(await stored(c)).toBe(5);
});
