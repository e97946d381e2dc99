import { badInput } from '@member-graph/common/errors';
import { toCents } from '@member-graph/common/graphql';
import { DAY_MS } from '@member-graph/common/time';
import { birthdayBoundaries, birthdayMonth, shanghaiYearMonth } from '../calendar';
import { consentKey, type CustomerFacts } from '../facts/facts.types';

/** The facts a segment rule can look at. */
export const SEGMENT_FACTS = [
  'RECENCY', 'FREQUENCY', 'MONETARY', 'ORDER_COUNT', 'TOTAL_SPEND', 'TAG', 'BADGE', 'CONSENT', 'TIER', 'LIFECYCLE', 'BIRTHDAY',
  'LAST_ORDER', 'FIRST_ORDER', 'REGISTERED', 'LAST_ACTIVE',
] as const;
export type SegmentFactCode = (typeof SEGMENT_FACTS)[number];

/** How a condition compares. */
export const SEGMENT_OPERATORS = ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE', 'IN', 'HAS', 'MORE_THAN_DAYS_AGO', 'WITHIN_DAYS', 'NEVER', 'THIS_MONTH'] as const;
export type SegmentOperatorCode = (typeof SEGMENT_OPERATORS)[number];

export const COMPARISONS = ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export type ScoreFact = 'RECENCY' | 'FREQUENCY' | 'MONETARY';
export type DateFact = 'LAST_ORDER' | 'FIRST_ORDER' | 'REGISTERED' | 'LAST_ACTIVE';
const SCORE_FACTS: readonly string[] = ['RECENCY', 'FREQUENCY', 'MONETARY'];
const DATE_FACTS: readonly string[] = ['LAST_ORDER', 'FIRST_ORDER', 'REGISTERED', 'LAST_ACTIVE'];
export const LIFECYCLE_STAGES = ['POTENTIAL', 'NEW', 'ACTIVE', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;
export const CONSENT_CHANNELS = ['SMS', 'PUSH', 'WECHAT', 'EMAIL'] as const;

/**
 * One validated condition. Invariants after `parseRule`: comparisons carry a numeric `value`
 * (TOTAL_SPEND in cents), IN carries `values`, HAS a string `value`, date operators `days` (NEVER none),
 * BIRTHDAY EQ/IN carry months 1–12.
 */
export interface Condition {
  fact: SegmentFactCode;
  op: SegmentOperatorCode;
  value?: number | string;
  values?: (number | string)[];
  days?: number;
}

/** A rule tree: AND / OR / NOT over conditions. Stored as JSON on the segment. */
export type Rule = { and: Rule[] } | { or: Rule[] } | { not: Rule } | { condition: Condition };

/** The rule as a client sends it (the GraphQL input, all strings). */
export interface RuleInput {
  and?: RuleInput[] | null;
  or?: RuleInput[] | null;
  not?: RuleInput | null;
  condition?: ConditionInput | null;
}
export interface ConditionInput {
  fact: string;
  operator: string;
  value?: string | null;
  values?: string[] | null;
  days?: number | null;
}

const MAX_DEPTH = 6;
const MAX_CONDITIONS = 50;
const MAX_CHILDREN = 20;
const TAG = /^.{1,32}$/u;
const TIER = /^[A-Z][A-Z0-9_]{0,31}$/;

interface Problem {
  path: string;
  message: string;
}

/** Validates a rule as sent by a client and returns the stored form; every problem is reported with its path. */
export function parseRule(input: RuleInput | null | undefined): Rule {
  const problems: Problem[] = [];
  let conditions = 0;
  const visit = (node: RuleInput | null | undefined, path: string, depth: number): Rule | null => {
    if (!node || typeof node !== 'object') {
      problems.push({ path, message: 'a rule is required' });
      return null;
    }
    const given = (['and', 'or', 'not', 'condition'] as const).filter((k) => node[k] !== undefined && node[k] !== null);
    if (given.length !== 1) {
      problems.push({ path, message: 'give exactly one of and, or, not, condition' });
      return null;
    }
    if (depth > MAX_DEPTH) {
      problems.push({ path, message: `rules nest at most ${MAX_DEPTH} levels deep` });
      return null;
    }
    const kind = given[0];
    if (kind === 'and' || kind === 'or') {
      const children = node[kind]!;
      if (children.length < 1 || children.length > MAX_CHILDREN) {
        problems.push({ path: `${path}.${kind}`, message: `${kind.toUpperCase()} needs 1–${MAX_CHILDREN} rules` });
        return null;
      }
      const parsed = children.map((c, i) => visit(c, `${path}.${kind}[${i}]`, depth + 1));
      return parsed.every(Boolean) ? ({ [kind]: parsed as Rule[] } as Rule) : null;
    }
    if (kind === 'not') {
      const inner = visit(node.not, `${path}.not`, depth + 1);
      return inner ? { not: inner } : null;
    }
    conditions++;
    const condition = parseCondition(node.condition!, `${path}.condition`, problems);
    return condition ? { condition } : null;
  };
  const rule = visit(input, 'rule', 1);
  if (conditions > MAX_CONDITIONS) problems.push({ path: 'rule', message: `a rule holds at most ${MAX_CONDITIONS} conditions` });
  if (problems.length || !rule) {
    const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw badInput(`The segment rule is invalid: ${summary}`, { field: 'rule', problems });
  }
  return rule;
}

function parseCondition(c: ConditionInput, path: string, problems: Problem[]): Condition | null {
  const fail = (message: string) => {
    problems.push({ path, message });
    return null;
  };
  const fact = c.fact as SegmentFactCode;
  const op = c.operator as SegmentOperatorCode;
  if (!(SEGMENT_FACTS as readonly string[]).includes(fact)) return fail(`unknown fact ${c.fact}`);
  if (!(SEGMENT_OPERATORS as readonly string[]).includes(op)) return fail(`unknown operator ${c.operator}`);
  const has = { value: c.value !== undefined && c.value !== null, values: !!c.values, days: c.days !== undefined && c.days !== null };
  const only = (...allowed: ('value' | 'values' | 'days')[]) => {
    const extra = (['value', 'values', 'days'] as const).filter((k) => has[k] && !allowed.includes(k));
    return extra.length ? `${fact} ${op} takes no ${extra.join(', ')}` : null;
  };
  const ops = (allowed: readonly string[]) => (allowed.includes(op) ? null : `${fact} supports ${allowed.join(', ')}, not ${op}`);
  const intIn = (raw: string, min: number, max: number) => {
    const n = Number(raw.trim());
    return /^-?\d+$/.test(raw.trim()) && n >= min && n <= max ? n : null;
  };
  const list = (parse: (raw: string) => number | string | null, what: string) => {
    if (!c.values || c.values.length < 1 || c.values.length > 20) return fail(`${fact} IN needs 1–20 values`);
    const parsed = c.values.map(parse);
    if (parsed.some((v) => v === null)) return fail(`${fact} IN values must each be ${what}`);
    return { fact, op, values: [...new Set(parsed as (number | string)[])] } as Condition;
  };
  if (SCORE_FACTS.includes(fact)) {
    const wrong = ops([...COMPARISONS, 'IN']) ?? only(op === 'IN' ? 'values' : 'value');
    if (wrong) return fail(wrong);
    const score = (raw: string) => intIn(raw, 1, 5);
    if (op === 'IN') return list(score, 'a score 1–5');
    const v = has.value ? score(c.value!) : null;
    return v === null ? fail(`${fact} needs a value: a whole score 1–5`) : { fact, op, value: v };
  }
  if (fact === 'ORDER_COUNT' || fact === 'TOTAL_SPEND') {
    const wrong = ops(COMPARISONS) ?? only('value');
    if (wrong) return fail(wrong);
    if (!has.value) return fail(`${fact} needs a value`);
    if (fact === 'ORDER_COUNT') {
      const v = intIn(c.value!, 0, 1_000_000);
      return v === null ? fail('ORDER_COUNT needs a whole number 0–1000000') : { fact, op, value: v };
    }
    try {
      const cents = toCents(c.value!.trim());
      return cents < 0 ? fail('TOTAL_SPEND must not be negative') : { fact, op, value: cents };
    } catch {
      return fail('TOTAL_SPEND needs an amount like "199.00"');
    }
  }
  if (fact === 'TAG' || fact === 'BADGE' || fact === 'CONSENT') {
    const wrong = ops(['HAS']) ?? only('value');
    if (wrong) return fail(wrong);
    const v = c.value?.trim() ?? '';
    if (fact === 'CONSENT') {
      return (CONSENT_CHANNELS as readonly string[]).includes(v) ? { fact, op, value: v } : fail(`CONSENT needs a channel: ${CONSENT_CHANNELS.join(', ')}`);
    }
    return TAG.test(v) ? { fact, op, value: v } : fail(`${fact} needs a name of 1–32 characters`);
  }
  if (fact === 'TIER' || fact === 'LIFECYCLE') {
    const wrong = ops(['EQ', 'IN']) ?? only(op === 'IN' ? 'values' : 'value');
    if (wrong) return fail(wrong);
    const check = (raw: string) => {
      const v = raw.trim();
      if (fact === 'TIER') return TIER.test(v) ? v : null;
      return (LIFECYCLE_STAGES as readonly string[]).includes(v) ? v : null;
    };
    const what = fact === 'TIER' ? 'a tier code like GOLD' : `one of ${LIFECYCLE_STAGES.join(', ')}`;
    if (op === 'IN') return list(check, what);
    const v = has.value ? check(c.value!) : null;
    return v === null ? fail(`${fact} needs a value: ${what}`) : { fact, op, value: v };
  }
  if (fact === 'BIRTHDAY') {
    const wrong = ops(['THIS_MONTH', 'EQ', 'IN']) ?? only(...(op === 'IN' ? (['values'] as const) : op === 'EQ' ? (['value'] as const) : []));
    if (wrong) return fail(wrong);
    if (op === 'THIS_MONTH') return { fact, op };
    const month = (raw: string) => intIn(raw, 1, 12);
    if (op === 'IN') return list(month, 'a month 1–12');
    const v = has.value ? month(c.value!) : null;
    return v === null ? fail('BIRTHDAY EQ needs a month 1–12') : { fact, op, value: v };
  }
  // dates
  const wrong = ops(['MORE_THAN_DAYS_AGO', 'WITHIN_DAYS', 'NEVER']) ?? only(...(op === 'NEVER' ? [] : (['days'] as const)));
  if (wrong) return fail(wrong);
  if (op === 'NEVER') return { fact, op };
  const days = c.days;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650) return fail(`${fact} ${op} needs days: a whole number 1–3650`);
  return { fact, op, days };
}

/** The fact value a condition reads. */
function dateOf(facts: CustomerFacts, fact: DateFact): Date | null {
  const v = { LAST_ORDER: facts.lastOrderAt, FIRST_ORDER: facts.firstOrderAt, REGISTERED: facts.registeredAt, LAST_ACTIVE: facts.lastActiveAt }[fact];
  return v ? new Date(v) : null;
}

function compare(a: number, op: SegmentOperatorCode, b: number): boolean {
  switch (op) {
    case 'EQ': return a === b;
    case 'NE': return a !== b;
    case 'LT': return a < b;
    case 'LTE': return a <= b;
    case 'GT': return a > b;
    case 'GTE': return a >= b;
    default: return false;
  }
}

/** Evaluates one condition for one customer at `now`. Missing facts never match (NOT of them does). */
export function evaluateCondition(c: Condition, facts: CustomerFacts, now: Date): boolean {
  switch (c.fact) {
    case 'RECENCY':
    case 'FREQUENCY':
    case 'MONETARY': {
      const v = facts[c.fact.toLowerCase() as 'recency' | 'frequency' | 'monetary'];
      if (v === null || v === undefined) return false;
      return c.op === 'IN' ? c.values!.includes(v) : compare(v, c.op, c.value as number);
    }
    case 'ORDER_COUNT':
      return compare(facts.orderCount, c.op, c.value as number);
    case 'TOTAL_SPEND':
      return compare(Number(facts.spendCents), c.op, c.value as number);
    case 'TAG':
      return facts.tags.includes(c.value as string);
    case 'BADGE':
      return facts.badges.includes(c.value as string);
    case 'CONSENT':
      return facts.consents.includes(consentKey(c.value as string));
    case 'TIER':
    case 'LIFECYCLE': {
      const v = c.fact === 'TIER' ? facts.tier : facts.lifecycle;
      return v !== null && (c.op === 'IN' ? c.values! : [c.value]).includes(v);
    }
    case 'BIRTHDAY': {
      const m = birthdayMonth(facts.birthday);
      if (m === null) return false;
      if (c.op === 'THIS_MONTH') return m === shanghaiYearMonth(now).month;
      return (c.op === 'IN' ? c.values! : [c.value]).includes(m);
    }
    default: {
      const d = dateOf(facts, c.fact as DateFact);
      if (c.op === 'NEVER') return d === null;
      if (d === null) return false;
      const cutoff = now.getTime() - c.days! * DAY_MS;
      return c.op === 'MORE_THAN_DAYS_AGO' ? d.getTime() <= cutoff : d.getTime() > cutoff;
    }
  }
}

/** Evaluates a rule tree for one customer at `now` (merged customers never match). */
export function evaluateRule(rule: Rule, facts: CustomerFacts, now: Date): boolean {
  if (facts.mergedInto) return false;
  const walk = (r: Rule): boolean => {
    if ('and' in r) return r.and.every(walk);
    if ('or' in r) return r.or.some(walk);
    if ('not' in r) return !walk(r.not);
    return evaluateCondition(r.condition, facts, now);
  };
  return walk(rule);
}

/** Every condition of a rule, depth first. */
export function conditionsOf(rule: Rule): Condition[] {
  if ('and' in rule) return rule.and.flatMap(conditionsOf);
  if ('or' in rule) return rule.or.flatMap(conditionsOf);
  if ('not' in rule) return conditionsOf(rule.not);
  return [rule.condition];
}

/**
 * The next instant after `now` at which the rule's answer for this customer could change with no
 * new event (a date threshold is crossed or a birthday month begins or ends), or null when only an
 * event can change it. Used to set the customer's segment timer.
 */
export function nextChangeAt(rule: Rule, facts: CustomerFacts, now: Date): Date | null {
  let next: number | null = null;
  const consider = (t: number) => {
    if (t > now.getTime() && (next === null || t < next)) next = t;
  };
  for (const c of conditionsOf(rule)) {
    if (DATE_FACTS.includes(c.fact) && c.days) {
      const d = dateOf(facts, c.fact as DateFact);
      if (d) consider(d.getTime() + c.days * DAY_MS);
    } else if (c.fact === 'BIRTHDAY' && c.op === 'THIS_MONTH') {
      const m = birthdayMonth(facts.birthday);
      if (m) consider(birthdayBoundaries(now)[m - 1].getTime());
    }
  }
  return next === null ? null : new Date(next);
}
