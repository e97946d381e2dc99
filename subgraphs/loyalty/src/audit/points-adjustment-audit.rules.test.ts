import { domainErrorOf } from '@member-graph/common/testing';
import { encodeCursor } from '@member-graph/common/graphql';
import { adjustmentAfter, adjustmentPosition } from './points-adjustment-audit.rules';

/** The code of the DomainError a rule threw ('OK' when it threw nothing; any other error as it is). */
const code = (fn: () => unknown) => {
  const thrown = domainErrorOf(fn);
  return Array.isArray(thrown) ? thrown[0] : thrown === 'no error' ? 'OK' : thrown;
};

test('a position goes through a cursor and back', () => {
  const row = { at: new Date('2026-03-01T08:00:00.000Z'), id: '42' };
  expect(adjustmentAfter(encodeCursor(adjustmentPosition(row)))).toEqual(['2026-03-01T08:00:00.000Z', 42]);
  expect(adjustmentAfter(null)).toBeNull();
  expect(adjustmentAfter('')).toBeNull();
});

test('a cursor of another list or a garbled one is refused', () => {
  expect(code(() => adjustmentAfter(encodeCursor(['2026-03-01T08:00:00.000Z', 'PII_REVEAL', '42'])))).toBe('BAD_USER_INPUT');
  expect(code(() => adjustmentAfter(encodeCursor(['2026-03-01T08:00:00.000Z', '42'])))).toBe('BAD_USER_INPUT');
  expect(code(() => adjustmentAfter(encodeCursor(['soon', 42])))).toBe('BAD_USER_INPUT');
  expect(code(() => adjustmentAfter('garbage'))).toBe('BAD_USER_INPUT');
});
