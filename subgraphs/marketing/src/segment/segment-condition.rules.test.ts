import { emptyFacts, type CustomerFacts } from '../facts/facts.types';
import { evaluateCondition, parseCondition, type Condition } from './segment-condition.rules';

const now = new Date('2026-03-10T02:00:00.000Z');
const facts = (over: Partial<CustomerFacts> = {}): CustomerFacts => ({ ...emptyFacts('00000000-0000-4000-8000-000000000001'), ...over });
const parse = (fact: string, operator: string, extra: { value?: string; values?: string[]; days?: number } = {}) => parseCondition({ fact, operator, ...extra });
const ok = (fact: string, operator: string, extra: { value?: string; values?: string[]; days?: number } = {}) => {
  const c = parse(fact, operator, extra);
  if (typeof c === 'string') throw new Error(c);
  return c as Condition;
};

test('CHURN_PROBABILITY compares a probability 0–1; customers never scored never match', () => {
  const risky = ok('CHURN_PROBABILITY', 'GTE', { value: '0.7' });
  expect(risky).toEqual({ fact: 'CHURN_PROBABILITY', op: 'GTE', value: 0.7 });
  expect(evaluateCondition(risky, facts({ churnProbability: 0.7 }), now)).toBe(true);
  expect(evaluateCondition(risky, facts({ churnProbability: 0.69 }), now)).toBe(false);
  expect(evaluateCondition(risky, facts(), now)).toBe(false);
  expect(ok('CHURN_PROBABILITY', 'LT', { value: '1' }).value).toBe(1);
  for (const value of ['1.5', '-0.1', 'high', '70%', '']) {
    expect(parse('CHURN_PROBABILITY', 'GT', { value })).toBe('CHURN_PROBABILITY needs a value: a probability from 0 to 1 like "0.7"');
  }
  expect(parse('CHURN_PROBABILITY', 'IN', { values: ['0.5'] })).toBe('CHURN_PROBABILITY supports EQ, NE, LT, LTE, GT, GTE, not IN');
  expect(parse('CHURN_PROBABILITY', 'GT')).toBe('CHURN_PROBABILITY needs a value: a probability from 0 to 1 like "0.7"');
});

test('CLV compares an amount in cents; CLV_DECILE a decile 1–10, also IN', () => {
  const big = ok('CLV', 'GT', { value: '500.00' });
  expect(big).toEqual({ fact: 'CLV', op: 'GT', value: 50_000 });
  expect(evaluateCondition(big, facts({ clvCents: 50_001 }), now)).toBe(true);
  expect(evaluateCondition(big, facts({ clvCents: 50_000 }), now)).toBe(false);
  expect(evaluateCondition(big, facts(), now)).toBe(false);
  expect(parse('CLV', 'GT', { value: 'lots' })).toBe('CLV needs an amount like "199.00"');
  expect(parse('CLV', 'GT', { value: '-1.00' })).toBe('CLV must not be negative');
  expect(parse('CLV', 'HAS', { value: '1.00' })).toBe('CLV supports EQ, NE, LT, LTE, GT, GTE, not HAS');

  const top = ok('CLV_DECILE', 'IN', { values: ['9', '10', '10'] });
  expect(top).toEqual({ fact: 'CLV_DECILE', op: 'IN', values: [9, 10] });
  expect(evaluateCondition(top, facts({ clvDecile: 10 }), now)).toBe(true);
  expect(evaluateCondition(top, facts({ clvDecile: 8 }), now)).toBe(false);
  expect(evaluateCondition(ok('CLV_DECILE', 'LTE', { value: '3' }), facts({ clvDecile: 3 }), now)).toBe(true);
  expect(parse('CLV_DECILE', 'EQ', { value: '11' })).toBe('CLV_DECILE needs a value: a decile 1–10');
  expect(parse('CLV_DECILE', 'IN', { values: ['0'] })).toBe('CLV_DECILE IN values must each be a decile 1–10');
  expect(parse('CLV_DECILE', 'EQ', { value: '3', days: 2 })).toBe('CLV_DECILE EQ takes no days');
});

test('TIER: a customer with no tier event holds the base tier', () => {
  const member = ok('TIER', 'EQ', { value: 'MEMBER' });
  expect(evaluateCondition(member, facts(), now)).toBe(true);
  expect(evaluateCondition(member, facts({ tier: 'SILVER' }), now)).toBe(false);
  expect(evaluateCondition(member, facts({ tier: 'MEMBER' }), now)).toBe(true); // downgraded back
  expect(evaluateCondition(member, facts(), now, 'BASIC')).toBe(false);
  expect(evaluateCondition(ok('TIER', 'IN', { values: ['BASIC', 'GOLD'] }), facts(), now, 'BASIC')).toBe(true);
});

test('every fact keeps its parser: scores, counts, money, names, codes, birthdays and dates', () => {
  expect(ok('RECENCY', 'IN', { values: ['1', '2'] })).toEqual({ fact: 'RECENCY', op: 'IN', values: [1, 2] });
  expect(parse('ORDER_COUNT', 'GT')).toBe('ORDER_COUNT needs a value');
  expect(parse('ORDER_COUNT', 'GT', { value: '-1' })).toBe('ORDER_COUNT needs a whole number 0–1000000');
  expect(parse('TOTAL_SPEND', 'GT')).toBe('TOTAL_SPEND needs a value');
  expect(parse('TOTAL_SPEND', 'GT', { value: '-5.00' })).toBe('TOTAL_SPEND must not be negative');
  expect(parse('TAG', 'HAS', { value: '' })).toBe('TAG needs a name of 1–32 characters');
  expect(parse('TIER', 'EQ', { value: 'gold' })).toBe('TIER needs a value: a tier code like GOLD');
  expect(parse('BIRTHDAY', 'EQ', { value: '13' })).toBe('BIRTHDAY EQ needs a month 1–12');
  expect(parse('BIRTHDAY', 'THIS_MONTH', { value: '3' })).toBe('BIRTHDAY THIS_MONTH takes no value');
  expect(parse('REGISTERED', 'WITHIN_DAYS', { days: 0 })).toBe('REGISTERED WITHIN_DAYS needs days: a whole number 1–3650');
  expect(parse('SHOE_SIZE', 'EQ', { value: '42' })).toBe('unknown fact SHOE_SIZE');
  expect(parse('TAG', 'LIKE', { value: 'x' })).toBe('unknown operator LIKE');
  expect(evaluateCondition(ok('BIRTHDAY', 'EQ', { value: '3' }), facts({ birthday: '1990-03-20' }), now)).toBe(true);
  expect(evaluateCondition(ok('ORDER_COUNT', 'NE', { value: '0' }), facts({ orderCount: 2 }), now)).toBe(true);
});
