import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';
import { CategorySource, ComplaintCategory, MessageAuthor, TicketChannel, TicketPriority, TicketStatus, TicketType } from './ticket.enums';

/** A service ticket; `customer`, `messages`, `progress`, `history`, `sla` and `survey` are field resolvers. */
@ObjectType({ description: 'A service ticket (consultation, complaint or after-sales) with its conversation, status, SLA and escalation.' })
@Directive('@key(fields: "id")')
export class Ticket {
  @Field(() => ID, { description: 'Stable ticket id (UUID).' })
  id: string;

  @Field(() => TicketType, { description: 'What the ticket is about.' })
  type: string;

  @Field(() => TicketChannel, { description: 'The channel the ticket was opened through (its messages may come from any channel).' })
  channel: string;

  @Field(() => TicketStatus, { description: 'Where the ticket is in its state machine.' })
  status: string;

  @Field(() => TicketPriority, { description: 'The priority (after the escalation rules).' })
  priority: string;

  @Field({ description: 'A short subject.' })
  subject: string;

  @Field(() => ID, { nullable: true, description: 'The order the ticket is about, if any.' })
  orderId: string | null;

  @Field(() => ComplaintCategory, { nullable: true, description: 'The complaint category (complaints only).' })
  category: string | null;

  @Field(() => Float, { nullable: true, description: 'The classifier\'s confidence in the category (0–1); null when an agent set it.' })
  categoryConfidence: number | null;

  @Field(() => CategorySource, { nullable: true, description: 'Who set the category.' })
  categorySource: string | null;

  @Field(() => String, { nullable: true, description: 'The agent the ticket is assigned to.' })
  assigneeId: string | null;

  @Field(() => String, { nullable: true, description: 'The skill group the ticket is assigned to.' })
  skillGroup: string | null;

  @Field({ description: 'True when an escalation rule asked for a manager to follow up.' })
  managerFollowUp: boolean;

  @Field(() => [String], { description: 'The escalation rules that fired when the ticket opened (see history for details).' })
  escalationRules: string[];

  @Field(() => Int, { description: 'How often the ticket was reopened.' })
  reopenedCount: number;

  @Field(() => ID, { nullable: true, description: 'The survey whose low score opened this recovery ticket.' })
  recoveryOfSurveyId: string | null;

  @Field(() => String, { nullable: true, description: 'The SKU a complaint is about (a line of its order), if given; complaints about one SKU can start proactive care.' })
  sku: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the ticket\'s text (zh or en), which routing by skill matches against agents\' languages.' })
  language: string | null;

  @Field(() => ID, { nullable: true, description: 'The care cluster this proactive care ticket was opened for (null for other tickets).' })
  careClusterId: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the ticket was opened.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the ticket last changed.' })
  updatedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the ticket was resolved (null while open or after a reopen).' })
  resolvedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the ticket was closed.' })
  closedAt: Date | null;

  /** Not exposed: `customer` resolves it. */
  customerId: string;
}

@ObjectType({ description: 'The SLA state of a ticket: targets by priority and customer tier; the clock pauses while waiting for the customer.' })
export class TicketSla {
  @Field(() => DateTimeISOResolver, { description: 'When the first agent response is due (moves later by the time spent waiting for the customer).' })
  firstResponseDueAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the resolution is due (moves later by the time spent waiting for the customer).' })
  resolutionDueAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When an agent first answered (or the ticket was resolved).' })
  firstRespondedAt: Date | null;

  @Field({ description: 'True while the clock is paused (WAITING_CUSTOMER).' })
  paused: boolean;

  @Field({ description: 'True once the first-response target was missed.' })
  firstResponseBreached: boolean;

  @Field({ description: 'True once the resolution target was missed.' })
  resolutionBreached: boolean;

  @Field(() => String, { nullable: true, description: 'The customer tier the targets were chosen for (null = base tier).' })
  tier: string | null;
}

@ObjectType({ description: 'One message of a ticket\'s conversation.' })
export class TicketMessage {
  @Field(() => ID, { description: 'Message id (increasing).' })
  id: number;

  @Field(() => MessageAuthor, { description: 'Who wrote it.' })
  author: string;

  @Field(() => TicketChannel, { description: 'The channel it came through.' })
  channel: string;

  @Field({ description: 'The text.' })
  body: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was written.' })
  createdAt: Date;
}

/** What a status change of a ticket says, in its history (TicketProgressEntry) and its live progress (TicketProgressEvent); no field returns it, so the schema has no such type. */
@ObjectType()
export abstract class TicketStatusChange {
  @Field(() => TicketStatus, { description: 'The status the ticket moved to.' })
  status: string;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'A note shown to the customer.' })
  note: string | null;
}

@ObjectType({ description: 'One status change of a ticket, numbered per ticket from 1 (the NEW row).' })
export class TicketProgressEntry extends TicketStatusChange {
  @Field(() => Int, { description: 'Sequence number within the ticket (1, 2, 3… without gaps).' })
  seq: number;
}

@ObjectType({ description: 'One line of a ticket\'s internal history (staff only).' })
export class TicketHistoryEntry {
  @Field({ description: 'OPENED, STATUS, ASSIGNED, PRIORITY, ESCALATED, CATEGORISED, CATEGORY_CORRECTED or SLA_BREACHED.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The value before (status, priority, assignee, category).' })
  fromValue: string | null;

  @Field(() => String, { nullable: true, description: 'The value after.' })
  toValue: string | null;

  @Field(() => String, { nullable: true, description: 'The rule behind it: the escalation rule that fired, REOPEN, CLASSIFIER, AGENT_CORRECTION, or the SLA target.' })
  rule: string | null;

  @Field(() => String, { nullable: true, description: 'A note (for escalations: why the rule fired).' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Who did it.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The role of who did it.' })
  actorRole: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;
}

@ObjectType({ description: 'A ticket in a page.' })
export class TicketEdge {
  @Field(() => Ticket, { description: 'The ticket.' })
  node: Ticket;

  @Field({ description: 'Pass as `after` to read on from this ticket.' })
  cursor: string;
}

@ObjectType({ description: 'A page of tickets, newest first.' })
export class TicketConnection {
  @Field(() => [TicketEdge], { description: 'The tickets of this page with their cursors.' })
  edges: TicketEdge[];

  @Field(() => [Ticket], { description: 'The tickets of this page.' })
  nodes: Ticket[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many tickets the whole list holds (with the same filters), counted only when asked and for every list of a request at once.' })
  totalCount: number;
}

@ObjectType({ description: 'The result of posting a message: the ticket it joined and the message.' })
export class PostTicketMessagePayload {
  @Field(() => Ticket, { description: 'The ticket the message joined (opened for it when the customer had no open ticket).' })
  ticket: Ticket;

  @Field(() => TicketMessage, { description: 'The stored message.' })
  message: TicketMessage;

  @Field({ description: 'True when a new ticket was opened for this message.' })
  openedTicket: boolean;
}
