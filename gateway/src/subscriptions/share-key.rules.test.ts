import { parse } from 'graphql';
import type { Actor } from '@member-graph/common/auth';
import { actorPart, lateJoinable, rootFieldOf, shareKey } from './share-key.rules';

const agent = (id: string, scopes: string[] = []): Actor => ({ id, role: 'agent', scopes });
const customer = (id: string): Actor => ({ id, role: 'customer', scopes: [] });
const QUEUE = 'subscription { ticketQueue { seq } }';
const RETURN = 'subscription($id: ID!) { returnProgress(returnId: $id) { seq } }';
const key = (field: string, actor: Actor | null, operation = QUEUE, variables: Record<string, unknown> = {}) => shareKey({ field, operation, variables, actor });

describe('share key', () => {
  test('agents with the same role and scopes share the role-scoped ticketQueue whatever their id', () => {
    expect(key('ticketQueue', agent('a-1'))).toBe(key('ticketQueue', agent('a-2')));
    expect(key('ticketQueue', agent('a-1', ['x', 'y']))).toBe(key('ticketQueue', agent('a-2', ['y', 'x'])));
  });

  test('a different role, different scopes, another operation or other variables never share', () => {
    const base = key('ticketQueue', agent('a-1'));
    expect(key('ticketQueue', { id: 'a-1', role: 'system', scopes: [] })).not.toBe(base);
    expect(key('ticketQueue', agent('a-1', ['tickets:extra']))).not.toBe(base);
    expect(key('ticketQueue', agent('a-1'), 'subscription { ticketQueue { seq kind } }')).not.toBe(base);
    expect(key('ticketQueue', agent('a-1'), QUEUE, { n: 1 })).not.toBe(base);
    expect(shareKey({ field: 'ticketQueue', operation: QUEUE, operationName: 'Q', variables: {}, actor: agent('a-1') })).not.toBe(base);
  });

  test('per-customer streams are keyed by who the customer is: two customers never share, one customer\'s tabs do', () => {
    expect(key('returnProgress', customer('c-1'), RETURN, { id: 'r' })).toBe(key('returnProgress', customer('c-1'), RETURN, { id: 'r' }));
    expect(key('returnProgress', customer('c-1'), RETURN, { id: 'r' })).not.toBe(key('returnProgress', customer('c-2'), RETURN, { id: 'r' }));
    expect(key('pointsChanged', customer('c-1'))).not.toBe(key('pointsChanged', customer('c-2')));
  });

  test('staff on fields not declared role-scoped are keyed by id', () => {
    expect(key('ticketProgress', agent('a-1'))).not.toBe(key('ticketProgress', agent('a-2')));
  });

  test('customers are keyed by id even on a role-scoped field; so are staff whose PII reads are audited per person', () => {
    expect(key('ticketQueue', customer('c-1'))).not.toBe(key('ticketQueue', customer('c-2')));
    expect(key('ticketQueue', { id: 'ad-1', role: 'admin', scopes: [] })).not.toBe(key('ticketQueue', { id: 'ad-2', role: 'admin', scopes: [] }));
    expect(key('ticketQueue', agent('a-1', ['pii:reveal']))).not.toBe(key('ticketQueue', agent('a-2', ['pii:reveal'])));
  });

  test('an anonymous caller never shares with a signed-in one', () => {
    expect(actorPart('ticketQueue', null)).toBe('anonymous');
    expect(key('ticketQueue', null)).not.toBe(key('ticketQueue', agent('anonymous')));
  });
});

describe('late joiners and afterSeq', () => {
  const field = (text: string, variables: Record<string, unknown> = {}) => rootFieldOf(parse(text), undefined, variables);

  test('afterSeq is seen inline, as a variable, or as a variable default; null or absent is not afterSeq', () => {
    expect(field(QUEUE)).toEqual({ name: 'ticketQueue', afterSeqGiven: false });
    expect(field('subscription { ticketQueue(afterSeq: 3) { seq } }').afterSeqGiven).toBe(true);
    expect(field('subscription { ticketQueue(afterSeq: null) { seq } }').afterSeqGiven).toBe(false);
    expect(field('subscription($a: Int) { ticketQueue(afterSeq: $a) { seq } }', { a: 0 }).afterSeqGiven).toBe(true);
    expect(field('subscription($a: Int) { ticketQueue(afterSeq: $a) { seq } }', { a: null }).afterSeqGiven).toBe(false);
    expect(field('subscription($a: Int) { ticketQueue(afterSeq: $a) { seq } }').afterSeqGiven).toBe(false);
    expect(field('subscription($a: Int = 7) { ticketQueue(afterSeq: $a) { seq } }').afterSeqGiven).toBe(true);
  });

  test('only a live tail without afterSeq takes late joiners; replaying streams and afterSeq clients do not', () => {
    expect(lateJoinable('ticketQueue', false)).toBe(true);
    expect(lateJoinable('ticketQueue', true)).toBe(false);
    expect(lateJoinable('returnProgress', false)).toBe(false);
    expect(lateJoinable('pointsChanged', false)).toBe(false);
  });
});
