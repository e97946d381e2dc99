import { num, str } from '@member-graph/common/config';
import { ConfigError, readEnv } from '@member-graph/common/config';

/** Ticket priorities, lowest first. */
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type PriorityCode = (typeof PRIORITIES)[number];
export const TICKET_TYPES = ['CONSULTATION', 'COMPLAINT', 'AFTER_SALES'] as const;
export type TicketTypeCode = (typeof TICKET_TYPES)[number];

/** Minutes to the first agent response and to resolution. */
export interface SlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

/**
 * An escalation rule; every rule that matches a newly opened ticket raises its priority to at least
 * `raiseTo`, flags a manager follow-up and is recorded in the ticket's history under `name`.
 */
export type EscalationRule =
  /** A ticket about an order whose amount is at least `minAmountCents`. */
  | { name: string; kind: 'ORDER_AMOUNT'; types: TicketTypeCode[]; minAmountCents: number; raiseTo: PriorityCode }
  /** The customer opened another ticket of one of `types` within `withinDays` before this one. */
  | { name: string; kind: 'REPEAT'; types: TicketTypeCode[]; withinDays: number; raiseTo: PriorityCode }
  /** The customer's loyalty tier (learnt from loyalty.tier_changed) is `minTier` or above. */
  | { name: string; kind: 'TIER'; types: TicketTypeCode[]; minTier: string; raiseTo: PriorityCode };

/** Every tunable of the service domain. */
export interface ServiceSettings {
  /** Loyalty tier codes, lowest first (a customer without a known tier is at the first). */
  tiers: string[];
  sla: {
    byPriority: Record<PriorityCode, SlaTarget>;
    /** Tighter targets for tiers; the stricter of the priority's and the tier's target applies. */
    byTier: Record<string, Partial<SlaTarget>>;
  };
  escalation: EscalationRule[];
  /** A resolved or closed ticket may be reopened within this many days of its resolution. */
  reopenWindowDays: number;
  returns: {
    /** A return can be opened within this many days of the order's payment. */
    windowDays: number;
    /**
     * Auto-approval: the amount is at most the tier's limit and the customer's return rate (returns
     * before this one / orders) is at most `maxReturnRate`; otherwise an agent decides.
     */
    autoApproval: { maxReturnRate: number; maxAmountCentsByTier: Record<string, number> };
  };
  surveys: {
    /** A CSAT at or below this opens a recovery ticket. */
    recoveryCsatAtMost: number;
    /** An NPS at or below this (a detractor) opens a recovery ticket. */
    recoveryNpsAtMost: number;
  };
  jobs: { slaEveryMs: number; batchSize: number };
}

const HOUR = 60;

export const DEFAULT_SETTINGS: ServiceSettings = {
  tiers: ['MEMBER', 'SILVER', 'GOLD', 'DIAMOND'],
  sla: {
    byPriority: {
      URGENT: { firstResponseMinutes: 30, resolutionMinutes: 4 * HOUR },
      HIGH: { firstResponseMinutes: 2 * HOUR, resolutionMinutes: 24 * HOUR },
      NORMAL: { firstResponseMinutes: 8 * HOUR, resolutionMinutes: 72 * HOUR },
      LOW: { firstResponseMinutes: 24 * HOUR, resolutionMinutes: 120 * HOUR },
    },
    byTier: {
      DIAMOND: { firstResponseMinutes: 2 * HOUR, resolutionMinutes: 24 * HOUR },
      GOLD: { firstResponseMinutes: 4 * HOUR, resolutionMinutes: 48 * HOUR },
    },
  },
  escalation: [
    { name: 'HIGH_VALUE_ORDER_COMPLAINT', kind: 'ORDER_AMOUNT', types: ['COMPLAINT'], minAmountCents: 100_000, raiseTo: 'HIGH' },
    { name: 'REPEAT_COMPLAINT_30_DAYS', kind: 'REPEAT', types: ['COMPLAINT'], withinDays: 30, raiseTo: 'HIGH' },
    { name: 'GOLD_OR_ABOVE_COMPLAINT', kind: 'TIER', types: ['COMPLAINT'], minTier: 'GOLD', raiseTo: 'HIGH' },
  ],
  reopenWindowDays: 7,
  returns: {
    windowDays: 30,
    autoApproval: { maxReturnRate: 0.3, maxAmountCentsByTier: { MEMBER: 20_000, SILVER: 50_000, GOLD: 100_000, DIAMOND: 300_000 } },
  },
  surveys: { recoveryCsatAtMost: 2, recoveryNpsAtMost: 6 },
  jobs: { slaEveryMs: 60_000, batchSize: 200 },
};

/** Checks a settings object; throws with every problem named. */
export function validateSettings(s: ServiceSettings): ServiceSettings {
  const problems: string[] = [];
  if (s.tiers.length === 0) problems.push('tiers must not be empty');
  for (const p of PRIORITIES) {
    const t = s.sla.byPriority[p];
    if (!t || !(t.firstResponseMinutes > 0) || !(t.resolutionMinutes > 0)) problems.push(`sla.byPriority.${p} needs positive firstResponseMinutes and resolutionMinutes`);
  }
  for (const [tier, t] of Object.entries(s.sla.byTier)) {
    if (!s.tiers.includes(tier)) problems.push(`sla.byTier names unknown tier ${tier}`);
    for (const v of [t.firstResponseMinutes, t.resolutionMinutes]) if (v !== undefined && !(v > 0)) problems.push(`sla.byTier.${tier} targets must be positive`);
  }
  const names = new Set<string>();
  for (const r of s.escalation) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(r.name ?? '')) problems.push(`escalation rule name ${r.name} must be UPPER_SNAKE`);
    if (names.has(r.name)) problems.push(`escalation rule ${r.name} is defined twice`);
    names.add(r.name);
    if (!PRIORITIES.includes(r.raiseTo)) problems.push(`escalation rule ${r.name}: raiseTo must be one of ${PRIORITIES.join(', ')}`);
    if (!Array.isArray(r.types) || r.types.length === 0 || r.types.some((t) => !TICKET_TYPES.includes(t))) problems.push(`escalation rule ${r.name}: types must name ticket types`);
    if (r.kind === 'ORDER_AMOUNT' && !(r.minAmountCents > 0)) problems.push(`escalation rule ${r.name}: minAmountCents must be positive`);
    else if (r.kind === 'REPEAT' && !(Number.isInteger(r.withinDays) && r.withinDays > 0)) problems.push(`escalation rule ${r.name}: withinDays must be a positive integer`);
    else if (r.kind === 'TIER' && !s.tiers.includes(r.minTier)) problems.push(`escalation rule ${r.name}: minTier must be one of ${s.tiers.join(', ')}`);
    else if (!['ORDER_AMOUNT', 'REPEAT', 'TIER'].includes(r.kind)) problems.push(`escalation rule ${r.name}: unknown kind`);
  }
  if (!(Number.isInteger(s.reopenWindowDays) && s.reopenWindowDays >= 0)) problems.push('reopenWindowDays must be an integer >= 0');
  if (!(Number.isInteger(s.returns.windowDays) && s.returns.windowDays > 0)) problems.push('returns.windowDays must be a positive integer');
  const rate = s.returns.autoApproval.maxReturnRate;
  if (!(rate >= 0 && rate <= 1)) problems.push('returns.autoApproval.maxReturnRate must be within [0, 1]');
  if (problems.length) throw new ConfigError(`Invalid service settings:\n  ${problems.join('\n  ')}`);
  return s;
}

/**
 * The domain's settings: the defaults above, overridden by `SERVICE_*` environment variables (numbers)
 * and `SERVICE_SLA_JSON` / `SERVICE_ESCALATION_RULES_JSON` / `SERVICE_AUTO_APPROVAL_JSON` (whole
 * tables), validated and frozen.
 */
export function readServiceSettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServiceSettings> = {}): Readonly<ServiceSettings> {
  const d = DEFAULT_SETTINGS;
  const raw = readEnv(
    {
      SERVICE_REOPEN_WINDOW_DAYS: num({ default: d.reopenWindowDays }),
      SERVICE_RETURN_WINDOW_DAYS: num({ default: d.returns.windowDays }),
      SERVICE_SLA_EVERY_MS: num({ default: d.jobs.slaEveryMs }),
      SERVICE_SLA_JSON: str({ default: '' }),
      SERVICE_ESCALATION_RULES_JSON: str({ default: '' }),
      SERVICE_AUTO_APPROVAL_JSON: str({ default: '' }),
    },
    env,
  );
  const settings: ServiceSettings = {
    ...d,
    sla: raw.SERVICE_SLA_JSON ? parseJson<ServiceSettings['sla']>('SERVICE_SLA_JSON', raw.SERVICE_SLA_JSON) : d.sla,
    escalation: raw.SERVICE_ESCALATION_RULES_JSON ? parseJson<EscalationRule[]>('SERVICE_ESCALATION_RULES_JSON', raw.SERVICE_ESCALATION_RULES_JSON) : d.escalation,
    reopenWindowDays: raw.SERVICE_REOPEN_WINDOW_DAYS,
    returns: {
      windowDays: raw.SERVICE_RETURN_WINDOW_DAYS,
      autoApproval: raw.SERVICE_AUTO_APPROVAL_JSON
        ? parseJson<ServiceSettings['returns']['autoApproval']>('SERVICE_AUTO_APPROVAL_JSON', raw.SERVICE_AUTO_APPROVAL_JSON)
        : d.returns.autoApproval,
    },
    jobs: { ...d.jobs, slaEveryMs: raw.SERVICE_SLA_EVERY_MS },
    ...overrides,
  };
  return Object.freeze(validateSettings(settings));
}

function parseJson<T>(name: string, json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${name} must be JSON (${(error as Error).message})`);
  }
}
