import { badInput } from '@member-graph/common/errors';
import { DAY_MS } from '@member-graph/common/time';
import { addDays, addHours, birthdayMonth, nextShanghaiTime, shanghaiMinuteOfDay, shanghaiMonthStart, shanghaiYearMonth } from '../calendar';
import type { CustomerFacts } from '../facts/facts.types';
import { HOLDOUT } from './ab-split.rules';

export const TRIGGER_TYPES = ['INACTIVE_DAYS', 'DAYS_AFTER_FIRST_ORDER', 'BIRTHDAY_MONTH', 'TIER_UPGRADED', 'CART_ABANDONED', 'CATEGORY_BROWSED', 'CHURN_RISK_ROSE', 'PROACTIVE_CARE'] as const;
export type TriggerTypeCode = (typeof TRIGGER_TYPES)[number];

/** When a triggered campaign fires for a customer. */
export interface TriggerSpec {
  type: TriggerTypeCode;
  /** INACTIVE_DAYS, DAYS_AFTER_FIRST_ORDER. */
  days: number | null;
  /** CART_ABANDONED: hours after adding to cart without an order. */
  hours: number | null;
  /** CATEGORY_BROWSED: browses of one category without an order. */
  times: number | null;
  /** CATEGORY_BROWSED: only this category (null: any). */
  category: string | null;
  /** TIER_UPGRADED: only upgrades to this tier (null: any upgrade). */
  tier: string | null;
  /** CHURN_RISK_ROSE: the churn probability (0.01–0.99) whose upward crossing fires. */
  threshold: number | null;
}

/** Triggers a customer's timer drives (the others fire from events). */
export const TIMED_TRIGGERS: readonly TriggerTypeCode[] = ['INACTIVE_DAYS', 'DAYS_AFTER_FIRST_ORDER', 'BIRTHDAY_MONTH'];
/** Triggers that use what the customer did (or a model of it), so they are always personalised (PIPL Art. 24). */
export const BEHAVIOURAL_TRIGGERS: readonly TriggerTypeCode[] = ['CART_ABANDONED', 'CATEGORY_BROWSED', 'CHURN_RISK_ROSE'];

/** Checks a trigger: each type takes exactly its parameters. */
export function validateTrigger(t: Partial<TriggerSpec> & { type: TriggerTypeCode }): TriggerSpec {
  const problems: string[] = [];
  const allowed: Record<TriggerTypeCode, (keyof TriggerSpec)[]> = {
    INACTIVE_DAYS: ['days'],
    DAYS_AFTER_FIRST_ORDER: ['days'],
    BIRTHDAY_MONTH: [],
    TIER_UPGRADED: ['tier'],
    CART_ABANDONED: ['hours'],
    CATEGORY_BROWSED: ['times', 'category'],
    CHURN_RISK_ROSE: ['threshold'],
    PROACTIVE_CARE: [],
  };
  const params: (keyof TriggerSpec)[] = ['days', 'hours', 'times', 'category', 'tier', 'threshold'];
  for (const p of params) {
    if (t[p] !== null && t[p] !== undefined && !allowed[t.type].includes(p)) problems.push(`${t.type} takes no ${p}`);
  }
  const int = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  if (allowed[t.type].includes('days') && !int(t.days, 1, 3650)) problems.push(`${t.type} needs days (1–3650)`);
  if (t.type === 'CART_ABANDONED' && !int(t.hours, 1, 720)) problems.push('CART_ABANDONED needs hours (1–720)');
  if (t.type === 'CATEGORY_BROWSED' && !int(t.times, 1, 1000)) problems.push('CATEGORY_BROWSED needs times (1–1000)');
  if (t.category !== null && t.category !== undefined && !/^.{1,64}$/u.test(t.category)) problems.push('category must be 1–64 characters');
  if (t.tier !== null && t.tier !== undefined && !/^[A-Z][A-Z0-9_]{0,31}$/.test(t.tier)) problems.push('tier must be a tier code like GOLD');
  const threshold = t.threshold;
  if (t.type === 'CHURN_RISK_ROSE' && !(typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0.01 && threshold <= 0.99)) {
    problems.push('CHURN_RISK_ROSE needs threshold: a churn probability 0.01–0.99');
  }
  if (problems.length) throw badInput(`The trigger is invalid: ${problems.join('; ')}`, { field: 'trigger', problems });
  return { type: t.type, days: t.days ?? null, hours: t.hours ?? null, times: t.times ?? null, category: t.category ?? null, tier: t.tier ?? null, threshold: t.threshold ?? null };
}

/**
 * Whether a customer's churn risk crossed the threshold upward: the probability known before was
 * below it and the new one reaches it. A first score (nothing known before) is no crossing, so a
 * first fit does not fire at every customer already at risk.
 */
export const churnRoseAbove = (threshold: number, previous: number | null, current: number): boolean =>
  previous !== null && previous < threshold && current >= threshold;

/** A campaign as given to createCampaign (the fields its rules look at). */
export interface CampaignDraft {
  kind: 'ONE_SHOT' | 'TRIGGERED';
  segmentId?: string | null;
  variants: { code: string; weight: number }[];
  holdoutPercent?: number | null;
  attributionDays?: number | null;
  costPerMessage?: number | null;
  personalised?: boolean | null;
  trigger?: (Partial<Omit<TriggerSpec, 'type'>> & { type: string }) | null;
}

/** A draft's settled terms: defaults filled in, the trigger validated. */
export interface CampaignTerms {
  holdout: number;
  attributionDays: number;
  cost: number;
  trigger: TriggerSpec | null;
  /** Behaviour triggers are always personalised; otherwise as asked (default true). */
  personalised: boolean;
}

/** What is wrong with a draft's variants, holdout, attribution window, cost, and kind against segment and trigger. */
function campaignProblems(d: CampaignDraft, holdout: number, attributionDays: number, cost: number): string[] {
  const problems: string[] = [];
  if (d.variants.length < 1 || d.variants.length > 5) problems.push('give 1–5 variants');
  if (new Set(d.variants.map((v) => v.code)).size !== d.variants.length) problems.push('variant codes must be unique');
  if (d.variants.some((v) => v.code === HOLDOUT)) problems.push(`${HOLDOUT} is reserved for the holdout group`);
  if (d.variants.some((v) => !Number.isInteger(v.weight) || v.weight < 1 || v.weight > 100)) problems.push('variant weights must be 1–100');
  if (!Number.isInteger(holdout) || holdout < 0 || holdout > 90) problems.push('holdoutPercent must be 0–90');
  if (!Number.isInteger(attributionDays) || attributionDays < 1 || attributionDays > 90) problems.push('attributionDays must be 1–90');
  if (cost < 0) problems.push('costPerMessage must not be negative');
  if (d.kind === 'ONE_SHOT') {
    if (!d.segmentId) problems.push('a ONE_SHOT campaign needs segmentId');
    if (d.trigger) problems.push('a ONE_SHOT campaign takes no trigger');
  } else if (!d.trigger) problems.push('a TRIGGERED campaign needs a trigger');
  return problems;
}

/** Validates a draft (every problem named in one BAD_USER_INPUT) and settles its terms. */
export function validateCampaign(d: CampaignDraft, defaultAttributionDays: number): CampaignTerms {
  const holdout = d.holdoutPercent ?? 0;
  const attributionDays = d.attributionDays ?? defaultAttributionDays;
  const cost = d.costPerMessage ?? 0;
  const problems = campaignProblems(d, holdout, attributionDays, cost);
  if (problems.length) throw badInput(`The campaign is invalid: ${problems.join('; ')}`, { field: 'input', problems });
  const trigger = d.trigger ? validateTrigger({ ...d.trigger, type: d.trigger.type as TriggerTypeCode }) : null;
  const personalised = (trigger !== null && BEHAVIOURAL_TRIGGERS.includes(trigger.type)) || (d.personalised ?? true);
  return { holdout, attributionDays, cost, trigger, personalised };
}

/** A customer's pending timer for a campaign: what it is about and when it is due. */
export interface TimerPlan {
  occurrence: string;
  dueAt: Date;
}

/** The next birthday-month timer: this month (due now) unless already handled, else the next start of the month. */
function birthdayPlan(month: number, now: Date, skipYear: number | null): TimerPlan {
  const { year, month: current } = shanghaiYearMonth(now);
  let y = month > current || (month === current && skipYear !== year) ? year : year + 1;
  if (skipYear !== null && y <= skipYear) y = skipYear + 1;
  const start = shanghaiMonthStart(y, month);
  return { occurrence: `birthday:${y}`, dueAt: start.getTime() < now.getTime() ? now : start };
}

/**
 * The timer a timed trigger needs for a customer with these facts (null: none now). INACTIVE_DAYS
 * is due N days after the last activity (the occurrence names that activity, so new activity moves
 * the timer and a later inactivity fires again); DAYS_AFTER_FIRST_ORDER N days after the first order
 * (milestones more than a day in the past are not fired late); BIRTHDAY_MONTH at the start of the
 * birthday month (Asia/Shanghai), once a year.
 */
export function planTrigger(t: TriggerSpec, f: CustomerFacts, now: Date): TimerPlan | null {
  switch (t.type) {
    case 'INACTIVE_DAYS': {
      if (!f.lastActiveAt) return null;
      const last = new Date(f.lastActiveAt);
      return { occurrence: `inactive:${last.toISOString()}`, dueAt: addDays(last, t.days!) };
    }
    case 'DAYS_AFTER_FIRST_ORDER': {
      if (!f.firstOrderAt) return null;
      const due = addDays(new Date(f.firstOrderAt), t.days!);
      return due.getTime() < now.getTime() - DAY_MS ? null : { occurrence: 'first-order', dueAt: due };
    }
    case 'BIRTHDAY_MONTH': {
      const m = birthdayMonth(f.birthday);
      return m ? birthdayPlan(m, now, null) : null;
    }
    default:
      return null;
  }
}

/** What to do when a trigger timer comes due. */
export type DueDecision = { fire: true; next: TimerPlan | null } | { fire: false; next: TimerPlan | null };

/**
 * Decides at a timer's due time whether the trigger still holds: inactivity must still be the same
 * inactivity (else the timer moves), the birthday month must be now (then next year's is planned),
 * an abandoned cart must have seen no order since. One-shot launches and deferred sends always go.
 */
export function decideDue(t: TriggerSpec | null, f: CustomerFacts | null, occurrence: string, now: Date): DueDecision {
  if (!t || occurrence === 'launch') return { fire: true, next: null };
  if (!f || f.mergedInto) return { fire: false, next: null };
  switch (t.type) {
    case 'INACTIVE_DAYS': {
      const plan = planTrigger(t, f, now);
      if (!plan) return { fire: false, next: null };
      if (plan.occurrence !== occurrence || plan.dueAt.getTime() > now.getTime()) return { fire: false, next: plan };
      return { fire: true, next: null };
    }
    case 'DAYS_AFTER_FIRST_ORDER':
      return { fire: !!f.firstOrderAt, next: null };
    case 'BIRTHDAY_MONTH': {
      const m = birthdayMonth(f.birthday);
      if (!m) return { fire: false, next: null };
      const { year, month } = shanghaiYearMonth(now);
      if (m === month && occurrence === `birthday:${year}`) return { fire: true, next: birthdayPlan(m, now, year) };
      return { fire: false, next: birthdayPlan(m, now, null) };
    }
    case 'CART_ABANDONED': {
      const at = Date.parse(occurrence.slice('cart:'.length));
      const ordered = f.lastOrderAt && new Date(f.lastOrderAt).getTime() >= at;
      return { fire: !ordered, next: null };
    }
    default:
      return { fire: true, next: null };
  }
}

/** The timer an add-to-cart starts for CART_ABANDONED. */
export const cartPlan = (t: TriggerSpec, at: Date): TimerPlan => ({ occurrence: `cart:${at.toISOString()}`, dueAt: addHours(at, t.hours!) });

/** A channel's contact policy. */
export interface ContactPolicy {
  maxPerWindow: number;
  windowHours: number;
  quietStart: string | null;
  quietEnd: string | null;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The end of the quiet hours `now` falls in (Asia/Shanghai; the window may wrap midnight), or null outside them. */
export function quietUntil(p: Pick<ContactPolicy, 'quietStart' | 'quietEnd'>, now: Date): Date | null {
  if (!p.quietStart || !p.quietEnd) return null;
  const start = minutes(p.quietStart);
  const end = minutes(p.quietEnd);
  if (start === end) return null;
  const m = shanghaiMinuteOfDay(now);
  const quiet = start < end ? m >= start && m < end : m >= start || m < end;
  return quiet ? nextShanghaiTime(now, end) : null;
}

/** Fills `{couponCode}` in a message body. */
export const renderBody = (body: string, couponCode: string | null) => body.replace(/\{couponCode\}/g, couponCode ?? '');
