import { domainErrorOf } from '@member-graph/common/testing';
import { DEFAULT_SETTINGS } from '../settings';
import { needsRecovery, netPromoterScore, validateAnswer } from './survey.rules';

test('answers are validated by scale', () => {
  expect(domainErrorOf(() => validateAnswer({ csat: 0, nps: 5 }))).toEqual(['BAD_USER_INPUT', 'csat']);
  expect(domainErrorOf(() => validateAnswer({ csat: 3, nps: 10.5 }))).toEqual(['BAD_USER_INPUT', 'nps']);
  expect(domainErrorOf(() => validateAnswer({ csat: 3, nps: 5, ces: 8 }))).toEqual(['BAD_USER_INPUT', 'ces']);
  expect(validateAnswer({ csat: 3, nps: 5, comment: '  ' })).toEqual({ csat: 3, nps: 5, ces: null, comment: null });
});

test('a CSAT ≤ 2 or NPS ≤ 6 needs recovery', () => {
  expect(needsRecovery(DEFAULT_SETTINGS, { csat: 2, nps: 10 })).toBe(true);
  expect(needsRecovery(DEFAULT_SETTINGS, { csat: 5, nps: 6 })).toBe(true);
  expect(needsRecovery(DEFAULT_SETTINGS, { csat: 3, nps: 7 })).toBe(false);
});

test('NPS is % promoters minus % detractors', () => {
  expect(netPromoterScore(2, 1, 4)).toBe(25);
  expect(netPromoterScore(0, 3, 3)).toBe(-100);
  expect(netPromoterScore(0, 0, 0)).toBeNull();
});
