import { toCents } from '@member-graph/common/graphql';
import { DAY_MS } from '@member-graph/common/time';
import { birthdayMonth, shanghaiYearMonth } from '../calendar';
import { consentKey, type CustomerFacts } from '../facts/facts.types';

/** The facts a segment condition can look at. */
export const SEGMENT_FACTS = [
  'RECENCY', 'FREQUENCY', 'MONETARY', 'ORDER_COUNT', 'TOTAL_SPEND', 'TAG', 'BADGE', 'CONSENT', 'TIER', 'LIFECYCLE', 'BIRTHDAY',
  'LAST_ORDER', 'FIRST_ORDER', 'REGISTERED', 'LAST_ACTIVE', 'CHURN_PROBABILITY', 'CLV', 'CLV_DECILE',
] as const;
export type SegmentFactCode = (typeof SEGMENT_FACTS)[number];

/** How a condition compares. */
export const SEGMENT_OPERATORS = ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE', 'IN', 'HAS', 'MORE_THAN_DAYS_AGO', 'WITHIN_DAYS', 'NEVER', 'THIS_MONTH'] as const;
export type SegmentOperatorCode = (typeof SEGMENT_OPERATORS)[number];

export const COMPARISONS = ['EQ', 'NE', 'LT', 'LTE', 'GT', 'GTE'] as const;
export type DateFact = 'LAST_ORDER' | 'FIRST_ORDER' | 'REGISTERED' | 'LAST_ACTIVE';
export const DATE_FACTS: readonly string[] = ['LAST_ORDER', 'FIRST_ORDER', 'REGISTERED', 'LAST_ACTIVE'];
export const LIFECYCLE_STAGES = ['POTENTIAL', 'NEW', 'ACTIVE', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;
export const CONSENT_CHANNELS = ['SMS', 'PUSH', 'WECHAT', 'EMAIL'] as const;
/** Loyalty's base tier by default: customers without a tier event hold it (the setting MARKETING_BASE_TIER overrides it). */
export const DEFAULT_BASE_TIER = 'MEMBER';

/**
 * One validated condition. Invariants after parsing: comparisons carry a numeric `value` (TOTAL_SPEND
 * and CLV in cents, CHURN_PROBABILITY 0–1), IN carries `values`, HAS a string `value`, date operators
 * `days` (NEVER none), BIRTHDAY EQ/IN carry months 1–12.
 */
export interface Condition {
  fact: SegmentFactCode;
  op: SegmentOperatorCode;
  value?: number | string;
  values?: (number | string)[];
  days?: number;
}

/** A condition as a client sends it (the GraphQL input, all strings). */
export interface ConditionInput {
  fact: string;
  operator: string;
  value?: string | null;
  values?: string[] | null;
  days?: number | null;
}

/** A condition being parsed: its fact and operator are known ones. */
interface Given {
  fact: SegmentFactCode;
  op: SegmentOperatorCode;
  input: ConditionInput;
}

/** A parser's answer: the condition, or what is wrong with it. */
type Parsed = Condition | string;
type Argument = 'value' | 'values' | 'days';

/** The problem with the operator or the arguments given, or null. */
function shapeProblem(g: Given, ops: readonly string[], args: readonly Argument[]): string | null {
  if (!ops.includes(g.op)) return `${g.fact} supports ${ops.join(', ')}, not ${g.op}`;
  const given: Record<Argument, boolean> = { value: g.input.value != null, values: !!g.input.values, days: g.input.days != null };
  const extra = (['value', 'values', 'days'] as const).filter((k) => given[k] && !args.includes(k));
  return extra.length ? `${g.fact} ${g.op} takes no ${extra.join(', ')}` : null;
}

/** A whole number in [min, max] written in `raw`, or null. */
export function intIn(raw: string, min: number, max: number): number | null {
  const n = Number(raw.trim());
  return /^-?\d+$/.test(raw.trim()) && n >= min && n <= max ? n : null;
}

/** IN: 1–20 values, each parsed; duplicates dropped. */
function list(g: Given, parse: (raw: string) => number | string | null, what: string): Parsed {
  const raw = g.input.values;
  if (!raw || raw.length < 1 || raw.length > 20) return `${g.fact} IN needs 1–20 values`;
  const parsed = raw.map(parse);
  if (parsed.some((v) => v === null)) return `${g.fact} IN values must each be ${what}`;
  return { fact: g.fact, op: g.op, values: [...new Set(parsed as (number | string)[])] };
}

/** A comparable number (and IN, when `withIn`): `parse` reads one value; `what` names it in problems. */
const comparable =
  (parse: (raw: string) => number | string | null, what: string, options: { withIn?: boolean; missing?: string } = {}) =>
  (g: Given): Parsed => {
    const ops = options.withIn ? [...COMPARISONS, 'IN'] : COMPARISONS;
    const wrong = shapeProblem(g, ops, [g.op === 'IN' ? 'values' : 'value']);
    if (wrong) return wrong;
    if (g.op === 'IN') return list(g, parse, what);
    if (g.input.value == null) return options.missing ?? `${g.fact} needs a value: ${what}`;
    const v = parse(g.input.value);
    if (typeof v === 'string') return v;
    return v === null ? `${g.fact} needs a value: ${what}` : { fact: g.fact, op: g.op, value: v };
  };

/** An amount like "199.00" in cents (a problem text when it is not one). */
const amount = (fact: string) => (raw: string): number | string => {
  try {
    const cents = toCents(raw.trim());
    return cents < 0 ? `${fact} must not be negative` : cents;
  } catch {
    return `${fact} needs an amount like "199.00"`;
  }
};

/** A probability 0–1 written as a decimal, or null. */
const probability = (raw: string): number | null => {
  const v = raw.trim();
  return /^(0(\.\d{1,4})?|1(\.0{1,4})?|\.\d{1,4})$/.test(v) ? Number(v) : null;
};

/** TAG, BADGE (a name) and CONSENT (a channel): HAS only. */
function named(g: Given): Parsed {
  const wrong = shapeProblem(g, ['HAS'], ['value']);
  if (wrong) return wrong;
  const v = g.input.value?.trim() ?? '';
  if (g.fact === 'CONSENT') return (CONSENT_CHANNELS as readonly string[]).includes(v) ? { fact: g.fact, op: g.op, value: v } : `CONSENT needs a channel: ${CONSENT_CHANNELS.join(', ')}`;
  return /^.{1,32}$/u.test(v) ? { fact: g.fact, op: g.op, value: v } : `${g.fact} needs a name of 1–32 characters`;
}

/** TIER (a tier code) and LIFECYCLE (a stage): EQ or IN. */
function coded(g: Given): Parsed {
  const wrong = shapeProblem(g, ['EQ', 'IN'], [g.op === 'IN' ? 'values' : 'value']);
  if (wrong) return wrong;
  const tier = g.fact === 'TIER';
  const check = (raw: string) => {
    const v = raw.trim();
    return (tier ? /^[A-Z][A-Z0-9_]{0,31}$/.test(v) : (LIFECYCLE_STAGES as readonly string[]).includes(v)) ? v : null;
  };
  const what = tier ? 'a tier code like GOLD' : `one of ${LIFECYCLE_STAGES.join(', ')}`;
  if (g.op === 'IN') return list(g, check, what);
  const v = g.input.value != null ? check(g.input.value) : null;
  return v === null ? `${g.fact} needs a value: ${what}` : { fact: g.fact, op: g.op, value: v };
}

/** BIRTHDAY: THIS_MONTH, or EQ / IN months. */
function birthday(g: Given): Parsed {
  const wrong = shapeProblem(g, ['THIS_MONTH', 'EQ', 'IN'], g.op === 'IN' ? ['values'] : g.op === 'EQ' ? ['value'] : []);
  if (wrong) return wrong;
  if (g.op === 'THIS_MONTH') return { fact: g.fact, op: g.op };
  const month = (raw: string) => intIn(raw, 1, 12);
  if (g.op === 'IN') return list(g, month, 'a month 1–12');
  const v = g.input.value != null ? month(g.input.value) : null;
  return v === null ? 'BIRTHDAY EQ needs a month 1–12' : { fact: g.fact, op: g.op, value: v };
}

/** Dates: MORE_THAN_DAYS_AGO / WITHIN_DAYS with days, or NEVER. */
function dated(g: Given): Parsed {
  const wrong = shapeProblem(g, ['MORE_THAN_DAYS_AGO', 'WITHIN_DAYS', 'NEVER'], g.op === 'NEVER' ? [] : ['days']);
  if (wrong) return wrong;
  if (g.op === 'NEVER') return { fact: g.fact, op: g.op };
  const days = g.input.days;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650) return `${g.fact} ${g.op} needs days: a whole number 1–3650`;
  return { fact: g.fact, op: g.op, days };
}

const score = comparable((raw) => intIn(raw, 1, 5), 'a whole score 1–5', { withIn: true });

/** The parser of each fact. */
const PARSERS: Record<SegmentFactCode, (g: Given) => Parsed> = {
  RECENCY: score,
  FREQUENCY: score,
  MONETARY: score,
  ORDER_COUNT: comparable((raw) => intIn(raw, 0, 1_000_000) ?? 'ORDER_COUNT needs a whole number 0–1000000', 'a whole number 0–1000000', { missing: 'ORDER_COUNT needs a value' }),
  TOTAL_SPEND: comparable(amount('TOTAL_SPEND'), 'an amount like "199.00"', { missing: 'TOTAL_SPEND needs a value' }),
  CLV: comparable(amount('CLV'), 'an amount like "199.00"'),
  CHURN_PROBABILITY: comparable(probability, 'a probability from 0 to 1 like "0.7"'),
  CLV_DECILE: comparable((raw) => intIn(raw, 1, 10), 'a decile 1–10', { withIn: true }),
  TAG: named,
  BADGE: named,
  CONSENT: named,
  TIER: coded,
  LIFECYCLE: coded,
  BIRTHDAY: birthday,
  LAST_ORDER: dated,
  FIRST_ORDER: dated,
  REGISTERED: dated,
  LAST_ACTIVE: dated,
};

/** Validates one condition as sent by a client: the condition, or what is wrong with it. */
export function parseCondition(c: ConditionInput): Parsed {
  if (!(SEGMENT_FACTS as readonly string[]).includes(c.fact)) return `unknown fact ${c.fact}`;
  if (!(SEGMENT_OPERATORS as readonly string[]).includes(c.operator)) return `unknown operator ${c.operator}`;
  const fact = c.fact as SegmentFactCode;
  return PARSERS[fact]({ fact, op: c.operator as SegmentOperatorCode, input: c });
}

/** The date a date condition reads. */
export function dateOf(facts: CustomerFacts, fact: DateFact): Date | null {
  const v = { LAST_ORDER: facts.lastOrderAt, FIRST_ORDER: facts.firstOrderAt, REGISTERED: facts.registeredAt, LAST_ACTIVE: facts.lastActiveAt }[fact];
  return v ? new Date(v) : null;
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  EQ: (a, b) => a === b,
  NE: (a, b) => a !== b,
  LT: (a, b) => a < b,
  LTE: (a, b) => a <= b,
  GT: (a, b) => a > b,
  GTE: (a, b) => a >= b,
};

/** A number or code fact against EQ…GTE or IN; a missing fact never matches. */
function matches(c: Condition, v: number | string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (c.op === 'IN') return c.values!.includes(v);
  return typeof v === 'number' ? COMPARE[c.op](v, c.value as number) : v === c.value;
}

/** The number or code a comparable condition reads (TIER: no tier event yet is the base tier). */
function comparableValue(c: Condition, f: CustomerFacts, baseTier: string): number | string | null | undefined {
  switch (c.fact) {
    case 'RECENCY': return f.recency;
    case 'FREQUENCY': return f.frequency;
    case 'MONETARY': return f.monetary;
    case 'ORDER_COUNT': return f.orderCount;
    case 'TOTAL_SPEND': return Number(f.spendCents);
    case 'CHURN_PROBABILITY': return f.churnProbability;
    case 'CLV': return f.clvCents === null ? null : Number(f.clvCents);
    case 'CLV_DECILE': return f.clvDecile;
    case 'TIER': return f.tier ?? baseTier;
    case 'LIFECYCLE': return f.lifecycle;
    default: return null;
  }
}

/** Evaluates one condition for one customer at `now`. Missing facts never match (NOT of them does). */
export function evaluateCondition(c: Condition, facts: CustomerFacts, now: Date, baseTier = DEFAULT_BASE_TIER): boolean {
  switch (c.fact) {
    case 'TAG': return facts.tags.includes(c.value as string);
    case 'BADGE': return facts.badges.includes(c.value as string);
    case 'CONSENT': return facts.consents.includes(consentKey(c.value as string));
    case 'BIRTHDAY': {
      const m = birthdayMonth(facts.birthday);
      return c.op === 'THIS_MONTH' ? m !== null && m === shanghaiYearMonth(now).month : matches(c, m);
    }
    default:
      if (!DATE_FACTS.includes(c.fact)) return matches(c, comparableValue(c, facts, baseTier));
  }
  const d = dateOf(facts, c.fact as DateFact);
  if (c.op === 'NEVER') return d === null;
  if (d === null) return false;
  const cutoff = now.getTime() - c.days! * DAY_MS;
  return c.op === 'MORE_THAN_DAYS_AGO' ? d.getTime() <= cutoff : d.getTime() > cutoff;
}
