import type { Actor } from '@member-graph/common/auth';
import { envelope, type EventEnvelope } from '@member-graph/common/events';
import type { Categorisation } from '../categorisation/categorisation.service';
import { evaluateEscalation, priorityRank, type EscalationOutcome } from '../escalation/escalation.rules';
import type { ServiceSettings } from '../settings';
import { dueTimes, slaTarget } from '../sla/sla.rules';
import type { PriorityCode, TicketTypeCode } from './ticket.codes';
import type { TicketEntity } from './ticket.entity';
import type { HistoryLine } from './ticket.repository';

/** What the decision to open a ticket looks at (read by TicketService before it decides). */
export interface OpeningFacts {
  id: string;
  customerId: string;
  type: TicketTypeCode;
  channel: string;
  subject: string;
  orderId: string | null;
  orderAmountCents: number | null;
  /** The SKU a complaint is about (checked against the order's lines). */
  sku: string | null;
  /** The language of the subject and first message. */
  language: string;
  tier: string | null;
  /** The customer's earlier tickets within the widest REPEAT window. */
  earlier: { type: TicketTypeCode; createdAt: Date }[];
  category: Categorisation | null;
  requested: PriorityCode;
  /** false: no escalation rules (a recovery ticket is the service reaching out, not a new complaint). */
  escalate: boolean;
  recoveryOfSurveyId: string | null;
  /** The care cluster of a proactive care ticket. */
  careClusterId: string | null;
  actor: Actor;
  now: Date;
}

/** Everything opening writes, decided without the database. */
export interface OpeningPlan {
  ticket: TicketEntity;
  escalation: EscalationOutcome;
  history: HistoryLine[];
  events: EventEnvelope[];
}

/** The widest REPEAT window of the escalation rules, in days (0: no rule looks at earlier tickets). */
export const repeatWindowDays = (s: Pick<ServiceSettings, 'escalation'>) => Math.max(0, ...s.escalation.map((r) => (r.kind === 'REPEAT' ? r.withinDays : 0)));

/** Decides a new ticket (pure): escalation, SLA due times, the row, its history lines and its events. */
export function planOpening(s: Pick<ServiceSettings, 'escalation' | 'tiers' | 'sla'>, f: OpeningFacts): OpeningPlan {
  const escalation = f.escalate
    ? evaluateEscalation(s, { type: f.type, priority: f.requested, orderAmountCents: f.orderAmountCents, tier: f.tier, earlier: f.earlier, now: f.now })
    : { fired: [], priority: f.requested };
  const ticket = newTicketRow(f, escalation, dueTimes(f.now, slaTarget(s, escalation.priority, f.tier), 0));
  return { ticket, escalation, history: openingHistory(f, escalation), events: openingEvents(f, escalation) };
}

function newTicketRow(f: OpeningFacts, escalation: EscalationOutcome, due: { firstResponseDueAt: Date; resolutionDueAt: Date }): TicketEntity {
  return {
    id: f.id,
    customerId: f.customerId,
    type: f.type,
    channel: f.channel,
    status: 'NEW',
    priority: escalation.priority,
    subject: f.subject,
    orderId: f.orderId,
    category: f.category?.category ?? null,
    categoryConfidence: f.category?.confidence ?? null,
    categorySource: f.category ? 'CLASSIFIER' : null,
    assigneeId: null,
    skillGroup: null,
    managerFollowUp: escalation.fired.length > 0,
    escalationRules: escalation.fired.map((x) => x.rule),
    tier: f.tier,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    firstRespondedAt: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    pausedAt: null,
    pausedMs: 0,
    resolvedAt: null,
    closedAt: null,
    reopenedCount: 0,
    recoveryOfSurveyId: f.recoveryOfSurveyId,
    language: f.language,
    sku: f.sku,
    careClusterId: f.careClusterId,
    createdById: f.actor.id,
    createdByRole: f.actor.role,
    createdAt: f.now,
    updatedAt: f.now,
  };
}

/** OPENED, CATEGORISED and one ESCALATED line per rule that fired (each raising from the priority before it). */
function openingHistory(f: OpeningFacts, escalation: EscalationOutcome): HistoryLine[] {
  const lines: HistoryLine[] = [{ kind: 'OPENED', to: 'NEW', note: `${f.type} via ${f.channel}, priority ${f.requested}` }];
  if (f.category) lines.push({ kind: 'CATEGORISED', to: f.category.category, rule: 'CLASSIFIER', note: `confidence ${f.category.confidence}` });
  let from = f.requested;
  for (const x of escalation.fired) {
    const to = priorityRank(x.raiseTo) > priorityRank(from) ? x.raiseTo : from;
    lines.push({ kind: 'ESCALATED', from, to, rule: x.rule, note: `${x.reason}; manager follow-up` });
    from = to;
  }
  return lines;
}

/** ticket.opened, and ticket.escalated when rules fired. */
function openingEvents(f: OpeningFacts, escalation: EscalationOutcome): EventEnvelope[] {
  const meta = { actor: f.actor, occurredAt: f.now };
  const opened = envelope(
    'ticket.opened',
    f.id,
    { ticketId: f.id, customerId: f.customerId, type: f.type, channel: f.channel, priority: escalation.priority, orderId: f.orderId, category: f.category?.category ?? null, openedAt: f.now.toISOString() },
    meta,
  );
  if (escalation.fired.length === 0) return [opened];
  const rules = escalation.fired.map((x) => x.rule);
  return [
    opened,
    envelope('ticket.escalated', f.id, { ticketId: f.id, customerId: f.customerId, rules, fromPriority: f.requested, toPriority: escalation.priority, managerFollowUp: true }, meta),
  ];
}
