import type { ReturnLinePayload } from './catalogue.shared';

/** Events of the service subgraph: tickets, returns, surveys. */
export interface ServiceEvents {
  /** A service ticket was opened (by the customer on any channel, by an agent, or as a satisfaction recovery). */
  'ticket.opened': {
    ticketId: string;
    customerId: string;
    type: 'CONSULTATION' | 'COMPLAINT' | 'AFTER_SALES';
    channel: string;
    /** Priority after the escalation rules ran. */
    priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
    orderId: string | null;
    /** Complaint category from the classifier (complaints only). */
    category: string | null;
    openedAt: string;
  };
  /** A ticket moved from one status to another (`seq` is the ticket's progress sequence number). */
  'ticket.status_changed': {
    ticketId: string;
    customerId: string;
    from: string;
    to: string;
    seq: number;
    note: string | null;
  };
  /**
   * Escalation rules fired on a ticket: priority raised (to at least each rule's level) and a manager
   * follow-up flagged. `rules` names every rule that fired.
   */
  'ticket.escalated': {
    ticketId: string;
    customerId: string;
    rules: string[];
    fromPriority: string;
    toPriority: string;
    managerFollowUp: boolean;
  };
  /** A ticket missed its first-response or resolution target (emitted once per target and due time). */
  'ticket.sla_breached': {
    ticketId: string;
    customerId: string;
    kind: 'FIRST_RESPONSE' | 'RESOLUTION';
    priority: string;
    /** The customer's loyalty tier the target was chosen for (null = base tier). */
    tier: string | null;
    dueAt: string;
    detectedAt: string;
  };
  /**
   * Proactive care: complaints about `sku` clustered, and this recent buyer of it got a care ticket
   * (once per customer per cluster). Marketing may answer with a PROACTIVE_CARE campaign's coupon.
   */
  'ticket.care_opened': {
    ticketId: string;
    customerId: string;
    clusterId: string;
    sku: string;
    /** The buyer's latest order with the SKU. */
    orderId: string;
    openedAt: string;
  };
  /** A customer asked to return lines of an order (`autoApproved` when the auto-approval rule passed it). */
  'return.opened': {
    returnId: string;
    orderId: string;
    customerId: string;
    amountCents: number;
    lines: ReturnLinePayload[];
    autoApproved: boolean;
  };
  /** A return moved to another stage (`seq` is the return's progress sequence number). */
  'return.stage_changed': {
    returnId: string;
    orderId: string;
    customerId: string;
    from: string;
    to: string;
    seq: number;
    note: string | null;
  };
  /**
   * A return was refunded after its quality check: the customer subgraph records the refund on the
   * order (external refund number `return-<returnId>`), which then emits `order.refunded`.
   */
  'return.refunded': {
    returnId: string;
    orderId: string;
    customerId: string;
    amountCents: number;
    lines: ReturnLinePayload[];
    refundedAt: string;
  };
  /** A satisfaction survey (after a closed ticket or a refunded return) was answered, once. */
  'survey.answered': {
    surveyId: string;
    customerId: string;
    ticketId: string | null;
    returnId: string | null;
    csat: number;
    nps: number;
    ces: number | null;
    /** The recovery ticket opened because CSAT or NPS was low, if any. */
    recoveryTicketId: string | null;
  };
}
