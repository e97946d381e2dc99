import type { EntityManager } from 'typeorm';
import type { PriorityCode, TicketTypeCode } from './ticket.codes';
import type { TicketEntity } from './ticket.entity';

/** A ticket to open, as callers give it. */
export interface OpenTicketCommand {
  customerId?: string | null;
  type: TicketTypeCode;
  channel: string;
  subject: string;
  body: string;
  orderId?: string | null;
  priority?: PriorityCode | null;
  /** Complaints: the SKU complained about (a line of the order). */
  sku?: string | null;
}

/** Options the domain itself uses (recovery tickets). */
export interface OpenOptions {
  recoveryOfSurveyId?: string;
  /** false: no escalation rules (a recovery ticket is the service reaching out, not a new complaint). */
  escalate?: boolean;
  /** A proactive care ticket: the care cluster it is opened for (its first message is the service's, an AGENT message). */
  careClusterId?: string;
}

/**
 * What other service domains do when tickets open and free an agent (wired in services.ts, so ticket/
 * never imports routing/ or care/): routing assigns, care watches complaints about a SKU.
 */
export interface TicketHooks {
  /** A ticket was inserted (in the opening transaction, after its events). */
  opened(tx: EntityManager, ticket: TicketEntity): Promise<void>;
  /** A ticket assigned to `agentId` left the open statuses (resolved or closed): their capacity freed. */
  released(tx: EntityManager, agentId: string): Promise<void>;
}

/** An assignment as the service applies it (by staff, or by routing with its rule). */
export interface Assignment {
  agentId: string | null;
  skillGroup?: string | null;
  note: string | null;
  /** ROUTING for assignments made by routing by skill. */
  rule?: string | null;
}

/** What closing a ticket asks of the satisfaction domain (wired in services.ts, so ticket/ never imports satisfaction/). */
export type OfferTicketSurvey = (tx: EntityManager, s: { customerId: string; ticketId: string; at: Date }) => Promise<void>;
