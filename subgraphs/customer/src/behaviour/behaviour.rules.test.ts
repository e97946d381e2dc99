import { domainErrorOf } from '@member-graph/common/testing';
import { normaliseBehaviour } from './behaviour.rules';
import { BehaviourKind } from './behaviour.enums';

const now = new Date('2026-01-15T02:00:00.000Z');
const id = '0b7e6a4e-6a7e-4c57-9a39-6c1d7a7f0a11';
const field = domainErrorOf;

test('a valid batch is trimmed and empty texts become null', () => {
  const [e] = normaliseBehaviour([{ customerId: id.toUpperCase(), kind: BehaviourKind.BROWSE, occurredAt: now, sku: ' SKU-1 ', category: '  ', clientEventId: ' dev-1:7 ' }], now);
  expect(e).toEqual({ customerId: id, kind: 'BROWSE', occurredAt: now, sku: 'SKU-1', category: null, query: null, clientEventId: 'dev-1:7' });
});

test('each kind needs its fact: SEARCH a query, ADD_TO_CART a sku, BROWSE a sku or category', () => {
  expect(field(() => normaliseBehaviour([{ customerId: id, kind: BehaviourKind.LOGIN, occurredAt: now }, { customerId: id, kind: BehaviourKind.SEARCH, occurredAt: now }], now))).toEqual([
    'BAD_USER_INPUT',
    'events[1].query',
  ]);
  expect(field(() => normaliseBehaviour([{ customerId: id, kind: BehaviourKind.ADD_TO_CART, occurredAt: now, category: 'c' }], now))).toEqual(['BAD_USER_INPUT', 'events[0].sku']);
  expect(field(() => normaliseBehaviour([{ customerId: id, kind: BehaviourKind.BROWSE, occurredAt: now }], now))).toEqual(['BAD_USER_INPUT', 'events[0].sku']);
  expect(normaliseBehaviour([{ customerId: id, kind: BehaviourKind.BROWSE, occurredAt: now, category: '奶粉' }], now)).toHaveLength(1);
});

test('batches hold 1..500 events, times at most 5 minutes ahead, ids must be UUIDs', () => {
  expect(field(() => normaliseBehaviour([], now))).toEqual(['BAD_USER_INPUT', 'events']);
  const many = Array.from({ length: 501 }, () => ({ customerId: id, kind: BehaviourKind.LOGIN, occurredAt: now }));
  expect(field(() => normaliseBehaviour(many, now))).toEqual(['BAD_USER_INPUT', 'events']);
  expect(normaliseBehaviour(many.slice(1), now)).toHaveLength(500);
  const ahead = new Date(now.getTime() + 5 * 60_000 + 1);
  expect(field(() => normaliseBehaviour([{ customerId: id, kind: BehaviourKind.LOGIN, occurredAt: ahead }], now))).toEqual(['BAD_USER_INPUT', 'events[0].occurredAt']);
  expect(field(() => normaliseBehaviour([{ customerId: 'nope', kind: BehaviourKind.LOGIN, occurredAt: now }], now))).toEqual(['BAD_USER_INPUT', 'events[0].customerId']);
  expect(field(() => normaliseBehaviour([{ customerId: id, kind: BehaviourKind.SEARCH, occurredAt: now, query: 'q'.repeat(201) }], now))).toEqual(['BAD_USER_INPUT', 'events[0].query']);
  expect(field(() => normaliseBehaviour([{ customerId: id, kind: BehaviourKind.LOGIN, occurredAt: now, clientEventId: 'x'.repeat(65) }], now))).toEqual(['BAD_USER_INPUT', 'events[0].clientEventId']);
});
