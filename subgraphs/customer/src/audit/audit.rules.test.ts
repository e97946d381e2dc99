import { domainErrorOf } from '@member-graph/common/testing';
import { encodeCursor } from '@member-graph/common/graphql';
import { AuditKind } from './audit.enums';
import { auditAfter, auditKinds, auditPosition } from './audit.rules';

/** The code of the DomainError a rule threw ('OK' when it threw nothing; any other error as it is). */
const code = (fn: () => unknown) => {
  const thrown = domainErrorOf(fn);
  return Array.isArray(thrown) ? thrown[0] : thrown === 'no error' ? 'OK' : thrown;
};

test('no kinds means every kind; given kinds are kept once each', () => {
  expect(auditKinds(null)).toBeNull();
  expect(auditKinds(undefined)).toBeNull();
  expect(auditKinds(['MERGE', 'ERASURE', 'MERGE'])).toEqual([AuditKind.MERGE, AuditKind.ERASURE]);
});

test('an empty kind list or an unknown kind is refused', () => {
  expect(code(() => auditKinds([]))).toBe('BAD_USER_INPUT');
  expect(code(() => auditKinds(['POINTS_ADJUSTMENT']))).toBe('BAD_USER_INPUT');
  expect(code(() => auditKinds(Array(Object.values(AuditKind).length + 1).fill('MERGE')))).toBe('BAD_USER_INPUT');
});

test('a position goes through a cursor and back', () => {
  const entry = { at: new Date('2026-03-01T08:00:00.000Z'), kind: 'PII_REVEAL', ref: '42' };
  expect(auditAfter(encodeCursor(auditPosition(entry)))).toEqual(['2026-03-01T08:00:00.000Z', 'PII_REVEAL', '42']);
  expect(auditAfter(null)).toBeNull();
});

test('a cursor of another list or a garbled one is refused', () => {
  expect(code(() => auditAfter(encodeCursor(['2026-03-01T08:00:00.000Z', 7])))).toBe('BAD_USER_INPUT');
  expect(code(() => auditAfter(encodeCursor(['yesterday', 'MERGE', '1'])))).toBe('BAD_USER_INPUT');
  expect(code(() => auditAfter('not base64 json'))).toBe('BAD_USER_INPUT');
});
