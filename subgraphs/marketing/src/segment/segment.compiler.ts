import { DAY_MS } from '@member-graph/common/time';
import { birthdayBoundaries, shanghaiYearMonth } from '../calendar';
import { consentKey } from '../facts/facts.types';
import { DEFAULT_BASE_TIER } from './segment-condition.rules';
import { conditionsOf, type Condition, type Rule } from './segment.rules';

/** A compiled rule: a boolean SQL expression over `marketing.customer_facts f` and its parameters. */
export interface CompiledRule {
  where: string;
  params: unknown[];
}

const DATE_COLUMN: Record<string, string> = {
  LAST_ORDER: 'f.last_order_at',
  FIRST_ORDER: 'f.first_order_at',
  REGISTERED: 'f.registered_at',
  LAST_ACTIVE: 'f.last_active_at',
};
/** Number facts: their column and SQL type. */
const NUMBER_COLUMN: Record<string, [string, string]> = {
  RECENCY: ['f.recency', 'int'],
  FREQUENCY: ['f.frequency', 'int'],
  MONETARY: ['f.monetary', 'int'],
  ORDER_COUNT: ['f.order_count', 'int'],
  TOTAL_SPEND: ['f.spend_cents', 'bigint'],
  CHURN_PROBABILITY: ['f.churn_probability', 'float8'],
  CLV: ['f.clv_cents', 'bigint'],
  CLV_DECILE: ['f.clv_decile', 'int'],
};
const SQL_OP: Record<string, string> = { EQ: '=', NE: '<>', LT: '<', LTE: '<=', GT: '>', GTE: '>=' };

/** Adds a parameter and answers its placeholder with a cast. */
type Param = (value: unknown, cast: string) => string;

/** The SQL of one condition (null-safe: a missing fact is false). */
function conditionSql(c: Condition, now: Date, p: Param, baseTier: string): string {
  if (c.fact in NUMBER_COLUMN) {
    const [col, cast] = NUMBER_COLUMN[c.fact];
    return c.op === 'IN' ? `coalesce(${col} = any(${p(c.values, `${cast}[]`)}), false)` : `coalesce(${col} ${SQL_OP[c.op]} ${p(c.value, cast)}, false)`;
  }
  switch (c.fact) {
    case 'TAG':
      return `(f.tags @> ${p([c.value], 'text[]')})`;
    case 'BADGE':
      return `(f.badges @> ${p([c.value], 'text[]')})`;
    case 'CONSENT':
      return `(f.consents @> ${p([consentKey(c.value as string)], 'text[]')})`;
    case 'TIER':
    case 'LIFECYCLE': {
      const col = c.fact === 'TIER' ? `coalesce(f.tier, ${p(baseTier, 'text')})` : 'f.lifecycle';
      return `coalesce(${col} = any(${p(c.op === 'IN' ? c.values : [c.value], 'text[]')}), false)`;
    }
    case 'BIRTHDAY': {
      const months = c.op === 'THIS_MONTH' ? [shanghaiYearMonth(now).month] : c.op === 'IN' ? c.values : [c.value];
      return `coalesce(extract(month from f.birthday)::int = any(${p(months, 'int[]')}), false)`;
    }
    default: {
      const col = DATE_COLUMN[c.fact];
      if (c.op === 'NEVER') return `(${col} is null)`;
      const cutoff = new Date(now.getTime() - c.days! * DAY_MS);
      return c.op === 'MORE_THAN_DAYS_AGO' ? `coalesce(${col} <= ${p(cutoff, 'timestamptz')}, false)` : `coalesce(${col} > ${p(cutoff, 'timestamptz')}, false)`;
    }
  }
}

/**
 * Compiles a rule to parameterised SQL with the same meaning as `evaluateRule` at `now`: every
 * condition is null-safe (a missing fact is false, so NOT works as in TypeScript), relative dates
 * become cut-off instants computed here, "this month" the Shanghai month of `now`, no tier event
 * the base tier. Parameters are numbered from `firstParam` so callers can put their own first.
 * Merged customers never match.
 */
export function compileRule(rule: Rule, now: Date, firstParam = 1, baseTier = DEFAULT_BASE_TIER): CompiledRule {
  const params: unknown[] = [];
  const p: Param = (value, cast) => {
    params.push(value);
    return `$${firstParam + params.length - 1}::${cast}`;
  };
  const walk = (r: Rule): string => {
    if ('and' in r) return `(${r.and.map(walk).join(' and ')})`;
    if ('or' in r) return `(${r.or.map(walk).join(' or ')})`;
    if ('not' in r) return `(not ${walk(r.not)})`;
    return conditionSql(r.condition, now, p, baseTier);
  };
  return { where: `(f.merged_into is null and ${walk(rule)})`, params };
}

/**
 * The SQL twin of `nextChangeAt`: an expression over `f` giving the next instant after `now` at
 * which the rule's answer could change with no event (null when none), for setting every
 * customer's segment timer when a segment is saved.
 */
export function compileNextChange(rule: Rule, now: Date, firstParam = 1): CompiledRule {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => {
    params.push(value);
    return `$${firstParam + params.length - 1}::${cast}`;
  };
  const nowParam = p(now, 'timestamptz');
  const candidates: string[] = [];
  const seen = new Set<string>();
  for (const c of conditionsOf(rule)) {
    if (c.fact in DATE_COLUMN && c.days) {
      const key = `${c.fact}:${c.days}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = `(${DATE_COLUMN[c.fact]} + ${p(c.days * DAY_MS, 'bigint')} * interval '1 millisecond')`;
      candidates.push(`case when ${t} > ${nowParam} then ${t} end`);
    } else if (c.fact === 'BIRTHDAY' && c.op === 'THIS_MONTH' && !seen.has('BIRTHDAY')) {
      seen.add('BIRTHDAY');
      candidates.push(`(${p(birthdayBoundaries(now), 'timestamptz[]')})[extract(month from f.birthday)::int]`);
    }
  }
  if (candidates.length === 0) return { where: 'null::timestamptz', params: [] };
  // every candidate is after now already; comparing with now again keeps the now parameter used
  return { where: `nullif(greatest(least(${candidates.join(', ')}), ${nowParam}), ${nowParam})`, params };
}
