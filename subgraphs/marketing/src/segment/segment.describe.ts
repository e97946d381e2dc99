import { fromCents } from '@member-graph/common/graphql';
import type { Rule } from './segment.rules';

const OP_TEXT: Record<string, string> = { EQ: '=', NE: '≠', LT: '<', LTE: '≤', GT: '>', GTE: '≥' };

/** A readable form of a rule, e.g. `RECENCY ≤ 2 AND TAG HAS "母婴" AND CONSENT HAS SMS`. */
export function describeRule(rule: Rule, top = true): string {
  const wrap = (s: string) => (top ? s : `(${s})`);
  if ('and' in rule) return rule.and.length === 1 ? describeRule(rule.and[0], top) : wrap(rule.and.map((r) => describeRule(r, false)).join(' AND '));
  if ('or' in rule) return rule.or.length === 1 ? describeRule(rule.or[0], top) : wrap(rule.or.map((r) => describeRule(r, false)).join(' OR '));
  if ('not' in rule) return `NOT ${describeRule(rule.not, false)}`;
  const c = rule.condition;
  const value = (v: number | string) =>
    c.fact === 'TOTAL_SPEND' || c.fact === 'CLV' ? fromCents(v as number) : typeof v === 'string' && (c.fact === 'TAG' || c.fact === 'BADGE') ? JSON.stringify(v) : String(v);
  if (c.op === 'IN') return `${c.fact} IN (${c.values!.map(value).join(', ')})`;
  if (c.op in OP_TEXT) return `${c.fact} ${OP_TEXT[c.op]} ${value(c.value!)}`;
  if (c.op === 'HAS') return `${c.fact} HAS ${value(c.value!)}`;
  if (c.op === 'MORE_THAN_DAYS_AGO') return `${c.fact} MORE THAN ${c.days} DAYS AGO`;
  if (c.op === 'WITHIN_DAYS') return `${c.fact} WITHIN ${c.days} DAYS`;
  return `${c.fact} ${c.op.replace('_', ' ')}`;
}
