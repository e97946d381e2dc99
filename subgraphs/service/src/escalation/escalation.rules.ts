import { DAY_MS } from '@member-graph/common/time';
import { PRIORITIES, type PriorityCode, type TicketTypeCode } from '../ticket/ticket.codes';
import type { EscalationRule } from './escalation.settings';

/** What the escalation rules look at when a ticket opens. */
export interface EscalationFacts {
  type: TicketTypeCode;
  priority: PriorityCode;
  /** The amount of the order the ticket is about (null without an order). */
  orderAmountCents: number | null;
  /** The customer's loyalty tier as learnt from events (null = base tier). */
  tier: string | null;
  /** The customer's earlier tickets (any window is fine; each rule applies its own). */
  earlier: { type: TicketTypeCode; createdAt: Date }[];
  now: Date;
}

export interface EscalationOutcome {
  /** Every rule that fired, in configuration order. */
  fired: { rule: string; raiseTo: PriorityCode; reason: string }[];
  /** The priority after the rules (never lower than before). */
  priority: PriorityCode;
}

export const priorityRank = (p: PriorityCode) => PRIORITIES.indexOf(p);
export const tierRank = (tiers: readonly string[], tier: string | null) => Math.max(0, tier ? tiers.indexOf(tier) : 0);

function matches(rule: EscalationRule, f: EscalationFacts, tiers: readonly string[]): string | null {
  if (!rule.types.includes(f.type)) return null;
  switch (rule.kind) {
    case 'ORDER_AMOUNT':
      return f.orderAmountCents !== null && f.orderAmountCents >= rule.minAmountCents
        ? `the order amount ${(f.orderAmountCents / 100).toFixed(2)} is at least ${(rule.minAmountCents / 100).toFixed(2)}`
        : null;
    case 'REPEAT': {
      const since = f.now.getTime() - rule.withinDays * DAY_MS;
      const n = f.earlier.filter((t) => rule.types.includes(t.type) && t.createdAt.getTime() >= since).length;
      return n > 0 ? `${n} earlier ${rule.types.join('/')} ticket(s) within ${rule.withinDays} days` : null;
    }
    case 'TIER':
      return f.tier !== null && tiers.includes(f.tier) && tierRank(tiers, f.tier) >= tierRank(tiers, rule.minTier)
        ? `the customer's tier ${f.tier} is ${rule.minTier} or above`
        : null;
    default:
      return null;
  }
}

/** Runs the configured rules on a new ticket (pure). */
export function evaluateEscalation(settings: { escalation: EscalationRule[]; tiers: string[] }, facts: EscalationFacts): EscalationOutcome {
  const fired: EscalationOutcome['fired'] = [];
  let priority = facts.priority;
  for (const rule of settings.escalation) {
    const reason = matches(rule, facts, settings.tiers);
    if (!reason) continue;
    fired.push({ rule: rule.name, raiseTo: rule.raiseTo, reason });
    if (priorityRank(rule.raiseTo) > priorityRank(priority)) priority = rule.raiseTo;
  }
  return { fired, priority };
}
