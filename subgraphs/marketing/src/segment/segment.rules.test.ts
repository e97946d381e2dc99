import { DAY_MS } from '@member-graph/common/time';
import { domainErrorOf } from '@member-graph/common/testing';
import { emptyFacts, type CustomerFacts } from '../facts/facts.types';
import { describeRule } from './segment.describe';
import { evaluateRule, nextChangeAt, parseRule, type RuleInput } from './segment.rules';

const now = new Date('2026-03-10T02:00:00.000Z'); // 10 March, 10:00 in Shanghai
const facts = (over: Partial<CustomerFacts> = {}): CustomerFacts => ({ ...emptyFacts('00000000-0000-4000-8000-000000000001'), ...over });
const cond = (fact: string, operator: string, extra: Record<string, unknown> = {}): RuleInput => ({ condition: { fact, operator, ...extra } });
const DONE_WHEN: RuleInput = { and: [cond('RECENCY', 'LTE', { value: '2' }), cond('TAG', 'HAS', { value: '母婴' }), cond('CONSENT', 'HAS', { value: 'SMS' })] };

test('the done-when rule parses, reads well and matches exactly the customers it names', () => {
  const rule = parseRule(DONE_WHEN);
  expect(describeRule(rule)).toBe('RECENCY ≤ 2 AND TAG HAS "母婴" AND CONSENT HAS SMS');
  const yes = facts({ recency: 2, tags: ['母婴', 'vip'], consents: ['SMS:MARKETING'] });
  expect(evaluateRule(rule, yes, now)).toBe(true);
  expect(evaluateRule(rule, { ...yes, recency: 3 }, now)).toBe(false);
  expect(evaluateRule(rule, { ...yes, recency: null }, now)).toBe(false);
  expect(evaluateRule(rule, { ...yes, consents: ['SMS:SERVICE'] }, now)).toBe(false);
  expect(evaluateRule(rule, { ...yes, mergedInto: '00000000-0000-4000-8000-000000000002' }, now)).toBe(false);
});

test('a missing fact is false, so NOT of it is true (two-valued logic, as in SQL with coalesce)', () => {
  const rule = parseRule({ not: cond('RECENCY', 'LTE', { value: '2' }) });
  expect(evaluateRule(rule, facts({ recency: null }), now)).toBe(true);
  expect(evaluateRule(rule, facts({ recency: 1 }), now)).toBe(false);
});

test('relative dates: "last order more than 30 days ago" flips exactly 30 days after the order; NEVER is no order', () => {
  const rule = parseRule(cond('LAST_ORDER', 'MORE_THAN_DAYS_AGO', { days: 30 }));
  const ordered = facts({ lastOrderAt: new Date(now.getTime() - 29 * DAY_MS) });
  expect(evaluateRule(rule, ordered, now)).toBe(false);
  expect(nextChangeAt(rule, ordered, now)?.toISOString()).toBe(new Date(now.getTime() + DAY_MS).toISOString());
  expect(evaluateRule(rule, ordered, new Date(now.getTime() + DAY_MS))).toBe(true);
  expect(evaluateRule(rule, facts(), now)).toBe(false);
  expect(nextChangeAt(rule, facts(), now)).toBeNull();
  expect(evaluateRule(parseRule(cond('LAST_ORDER', 'NEVER')), facts(), now)).toBe(true);
  expect(evaluateRule(parseRule(cond('LAST_ORDER', 'WITHIN_DAYS', { days: 30 })), ordered, now)).toBe(true);
});

test('birthday this month uses the Asia/Shanghai month; its timer is the next month boundary', () => {
  const rule = parseRule(cond('BIRTHDAY', 'THIS_MONTH'));
  const march = facts({ birthday: '1990-03-31' });
  expect(evaluateRule(rule, march, now)).toBe(true);
  expect(nextChangeAt(rule, march, now)?.toISOString()).toBe('2026-03-31T16:00:00.000Z');
  expect(evaluateRule(rule, march, new Date('2026-03-31T16:00:00.000Z'))).toBe(false);
  expect(evaluateRule(rule, march, new Date('2026-02-28T16:00:00.000Z'))).toBe(true); // 1 March 00:00 Shanghai
  expect(evaluateRule(rule, facts({ birthday: '1990-04-01' }), now)).toBe(false);
  expect(evaluateRule(parseRule(cond('BIRTHDAY', 'IN', { values: ['3', '4'] })), facts({ birthday: '1990-04-01' }), now)).toBe(true);
});

test('OR, numbers, money, tiers and lifecycle', () => {
  const rule = parseRule({
    or: [
      { and: [cond('TOTAL_SPEND', 'GTE', { value: '1000.00' }), cond('ORDER_COUNT', 'GT', { value: '2' })] },
      cond('TIER', 'IN', { values: ['GOLD', 'DIAMOND'] }),
      cond('LIFECYCLE', 'EQ', { value: 'AT_RISK' }),
    ],
  });
  expect(evaluateRule(rule, facts({ spendCents: 100_000, orderCount: 3 }), now)).toBe(true);
  expect(evaluateRule(rule, facts({ spendCents: 99_999, orderCount: 3 }), now)).toBe(false);
  expect(evaluateRule(rule, facts({ tier: 'GOLD' }), now)).toBe(true);
  expect(evaluateRule(rule, facts({ lifecycle: 'AT_RISK' }), now)).toBe(true);
  expect(describeRule(rule)).toBe('(TOTAL_SPEND ≥ 1000.00 AND ORDER_COUNT > 2) OR TIER IN (GOLD, DIAMOND) OR LIFECYCLE = AT_RISK');
});

test('invalid rules are refused on save with every problem and its path', () => {
  const problems = (input: unknown) => {
    try {
      parseRule(input as RuleInput);
    } catch (e) {
      return (e as { details: { problems: { path: string; message: string }[] } }).details.problems.map((p) => `${p.path}: ${p.message}`);
    }
    return [];
  };
  expect(domainErrorOf(() => parseRule({}))).toEqual(['BAD_USER_INPUT', 'rule']);
  expect(problems({ and: [cond('RECENCY', 'LTE', { value: '7' }), cond('TAG', 'GT', { value: 'x' })] })).toEqual([
    'rule.and[0].condition: RECENCY needs a value: a whole score 1–5',
    'rule.and[1].condition: TAG supports HAS, not GT',
  ]);
  expect(problems({ and: [] })).toEqual(['rule.and: AND needs 1–20 rules']);
  expect(problems({ not: cond('CONSENT', 'HAS', { value: 'FAX' }) })).toEqual(['rule.not.condition: CONSENT needs a channel: SMS, PUSH, WECHAT, EMAIL']);
  expect(problems(cond('LAST_ORDER', 'MORE_THAN_DAYS_AGO'))).toEqual(['rule.condition: LAST_ORDER MORE_THAN_DAYS_AGO needs days: a whole number 1–3650']);
  expect(problems(cond('LAST_ORDER', 'NEVER', { days: 3 }))).toEqual(['rule.condition: LAST_ORDER NEVER takes no days']);
  expect(problems({ condition: { fact: 'TAG', operator: 'HAS', value: 'a' }, not: cond('TAG', 'HAS', { value: 'b' }) })).toEqual([
    'rule: give exactly one of and, or, not, condition',
  ]);
  expect(problems(cond('TOTAL_SPEND', 'GT', { value: 'lots' }))).toEqual(['rule.condition: TOTAL_SPEND needs an amount like "199.00"']);
  expect(problems(cond('LIFECYCLE', 'EQ', { value: 'SLEEPY' }))).toEqual(['rule.condition: LIFECYCLE needs a value: one of POTENTIAL, NEW, ACTIVE, LOYAL, AT_RISK, CHURNED']);
  let deep: RuleInput = cond('TAG', 'HAS', { value: 'x' });
  for (let i = 0; i < 7; i++) deep = { not: deep };
  expect(problems(deep)[0]).toMatch(/nest at most 6 levels/);
});
