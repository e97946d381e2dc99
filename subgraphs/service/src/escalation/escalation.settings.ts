import { PRIORITIES, TICKET_TYPES, type PriorityCode, type TicketTypeCode } from '../ticket/ticket.codes';

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

export const DEFAULT_ESCALATION: EscalationRule[] = [
  { name: 'HIGH_VALUE_ORDER_COMPLAINT', kind: 'ORDER_AMOUNT', types: ['COMPLAINT'], minAmountCents: 100_000, raiseTo: 'HIGH' },
  { name: 'REPEAT_COMPLAINT_30_DAYS', kind: 'REPEAT', types: ['COMPLAINT'], withinDays: 30, raiseTo: 'HIGH' },
  { name: 'GOLD_OR_ABOVE_COMPLAINT', kind: 'TIER', types: ['COMPLAINT'], minTier: 'GOLD', raiseTo: 'HIGH' },
];

/** The problems of a rule list (empty when valid); `tiers` are the known tier codes. */
export function escalationProblems(rules: EscalationRule[], tiers: readonly string[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const r of rules) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(r.name ?? '')) problems.push(`escalation rule name ${r.name} must be UPPER_SNAKE`);
    if (names.has(r.name)) problems.push(`escalation rule ${r.name} is defined twice`);
    names.add(r.name);
    if (!PRIORITIES.includes(r.raiseTo)) problems.push(`escalation rule ${r.name}: raiseTo must be one of ${PRIORITIES.join(', ')}`);
    if (!Array.isArray(r.types) || r.types.length === 0 || r.types.some((t) => !TICKET_TYPES.includes(t))) problems.push(`escalation rule ${r.name}: types must name ticket types`);
    if (r.kind === 'ORDER_AMOUNT' && !(r.minAmountCents > 0)) problems.push(`escalation rule ${r.name}: minAmountCents must be positive`);
    else if (r.kind === 'REPEAT' && !(Number.isInteger(r.withinDays) && r.withinDays > 0)) problems.push(`escalation rule ${r.name}: withinDays must be a positive integer`);
    else if (r.kind === 'TIER' && !tiers.includes(r.minTier)) problems.push(`escalation rule ${r.name}: minTier must be one of ${tiers.join(', ')}`);
    else if (!['ORDER_AMOUNT', 'REPEAT', 'TIER'].includes(r.kind)) problems.push(`escalation rule ${r.name}: unknown kind`);
  }
  return problems;
}
