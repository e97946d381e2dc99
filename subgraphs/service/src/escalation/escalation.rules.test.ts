import { DAY_MS } from '@member-graph/common/time';
import { DEFAULT_SETTINGS } from '../settings';
import { evaluateEscalation, type EscalationFacts } from './escalation.rules';

const now = new Date('2026-03-10T00:00:00Z');
const facts = (f: Partial<EscalationFacts>): EscalationFacts => ({ type: 'COMPLAINT', priority: 'NORMAL', orderAmountCents: null, tier: null, earlier: [], now, ...f });
const rules = (f: Partial<EscalationFacts>) => evaluateEscalation(DEFAULT_SETTINGS, facts(f)).fired.map((x) => x.rule);

describe('escalation rules', () => {
  test('order amount at or above ¥1000', () => {
    expect(rules({ orderAmountCents: 100_000 })).toEqual(['HIGH_VALUE_ORDER_COMPLAINT']);
    expect(rules({ orderAmountCents: 99_999 })).toEqual([]);
  });

  test('a second complaint within 30 days (other types do not count)', () => {
    expect(rules({ earlier: [{ type: 'COMPLAINT', createdAt: new Date(now.getTime() - 30 * DAY_MS) }] })).toEqual(['REPEAT_COMPLAINT_30_DAYS']);
    expect(rules({ earlier: [{ type: 'COMPLAINT', createdAt: new Date(now.getTime() - 30 * DAY_MS - 1) }] })).toEqual([]);
    expect(rules({ earlier: [{ type: 'CONSULTATION', createdAt: now }] })).toEqual([]);
  });

  test('GOLD or above', () => {
    expect(rules({ tier: 'GOLD' })).toEqual(['GOLD_OR_ABOVE_COMPLAINT']);
    expect(rules({ tier: 'DIAMOND' })).toEqual(['GOLD_OR_ABOVE_COMPLAINT']);
    expect(rules({ tier: 'SILVER' })).toEqual([]);
    expect(rules({ tier: 'UNKNOWN' })).toEqual([]);
  });

  test('rules apply to their ticket types only and never lower a priority', () => {
    expect(rules({ type: 'CONSULTATION', tier: 'DIAMOND', orderAmountCents: 500_000 })).toEqual([]);
    expect(evaluateEscalation(DEFAULT_SETTINGS, facts({ priority: 'URGENT', tier: 'GOLD' }))).toMatchObject({ priority: 'URGENT', fired: [{ rule: 'GOLD_OR_ABOVE_COMPLAINT' }] });
  });
});
