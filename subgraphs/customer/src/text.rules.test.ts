import { domainErrorOf } from '@member-graph/common/testing';
import { displayName } from './text.rules';

test('a display name is trimmed; a blank one is an error, not a silent clear; null clears', () => {
  expect(displayName('  小王 ')).toBe('小王');
  expect(displayName(null)).toBeNull();
  expect(domainErrorOf(() => displayName('   '))).toEqual(['BAD_USER_INPUT', 'name']);
});

test('bidi overrides and zero-width characters are refused in names', () => {
  expect(domainErrorOf(() => displayName('Ali\u202Ecod.exe'))).toEqual(['BAD_USER_INPUT', 'name']);
  expect(domainErrorOf(() => displayName('小\u200D王'))).toEqual(['BAD_USER_INPUT', 'name']);
  expect(domainErrorOf(() => displayName('小\uFEFF王'))).toEqual(['BAD_USER_INPUT', 'name']);
});
