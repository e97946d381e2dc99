import { badInput } from '@member-graph/common/errors';
import { DAY_MS } from '@member-graph/common/time';
import { birthdayBoundaries, birthdayMonth } from '../calendar';
import type { CustomerFacts } from '../facts/facts.types';
import {
  DATE_FACTS,
  dateOf,
  DEFAULT_BASE_TIER,
  evaluateCondition,
  parseCondition,
  type Condition,
  type ConditionInput,
  type DateFact,
} from './segment-condition.rules';

export type { Condition, ConditionInput } from './segment-condition.rules';

/** A rule tree: AND / OR / NOT over conditions. Stored as JSON on the segment. */
export type Rule = { and: Rule[] } | { or: Rule[] } | { not: Rule } | { condition: Condition };

/** The rule as a client sends it (the GraphQL input, all strings). */
export interface RuleInput {
  and?: RuleInput[] | null;
  or?: RuleInput[] | null;
  not?: RuleInput | null;
  condition?: ConditionInput | null;
}

const MAX_DEPTH = 6;
const MAX_CONDITIONS = 50;
const MAX_CHILDREN = 20;

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
    const condition = parseCondition(node.condition!);
    if (typeof condition !== 'string') return { condition };
    problems.push({ path: `${path}.condition`, message: condition });
    return null;
  };
  const rule = visit(input, 'rule', 1);
  if (conditions > MAX_CONDITIONS) problems.push({ path: 'rule', message: `a rule holds at most ${MAX_CONDITIONS} conditions` });
  if (problems.length || !rule) {
    const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw badInput(`The segment rule is invalid: ${summary}`, { field: 'rule', problems });
  }
  return rule;
}

/** Evaluates a rule tree for one customer at `now` (merged customers never match; no tier event yet is `baseTier`). */
export function evaluateRule(rule: Rule, facts: CustomerFacts, now: Date, baseTier = DEFAULT_BASE_TIER): boolean {
  if (facts.mergedInto) return false;
  const walk = (r: Rule): boolean => {
    if ('and' in r) return r.and.every(walk);
    if ('or' in r) return r.or.some(walk);
    if ('not' in r) return !walk(r.not);
    return evaluateCondition(r.condition, facts, now, baseTier);
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
