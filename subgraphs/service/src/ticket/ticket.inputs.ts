import { Field, ID, InputType } from 'type-graphql';
import { ComplaintCategory, TicketChannel, TicketPriority, TicketStatus, TicketType } from './ticket.enums';

@InputType({ description: 'A ticket to open: a customer for themself, or staff for a customer (e.g. from a phone call).' })
export class OpenTicketInput {
  @Field(() => ID, { nullable: true, description: 'The customer (staff only; a customer always opens for themself).' })
  customerId?: string | null;

  @Field(() => TicketType, { description: 'What the ticket is about.' })
  type: TicketType;

  @Field(() => TicketChannel, { description: 'The channel it comes through.' })
  channel: TicketChannel;

  @Field({ description: 'A short subject (1–200 characters).' })
  subject: string;

  @Field({ description: 'The first message (1–5,000 characters); a complaint\'s subject and text are classified.' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'The order it is about (must be the customer\'s).' })
  orderId?: string | null;

  @Field(() => TicketPriority, { nullable: true, description: 'The priority (staff only; default NORMAL; escalation rules may raise it).' })
  priority?: TicketPriority | null;

  @Field(() => String, { nullable: true, description: 'Complaints only: the SKU complained about (1–64 characters; needs orderId, and must be a line of that order).' })
  sku?: string | null;
}

@InputType({ description: 'A message of the conversation: to a ticket, or without one to the customer\'s newest open ticket (a new consultation when none is open).' })
export class PostTicketMessageInput {
  @Field(() => ID, { nullable: true, description: 'The ticket; omit it to join the customer\'s conversation.' })
  ticketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Whose conversation, when staff or an integration post without a ticket id.' })
  customerId?: string | null;

  @Field(() => TicketChannel, { description: 'The channel the message came through.' })
  channel: TicketChannel;

  @Field({ description: 'The text (1–5,000 characters).' })
  body: string;
}

@InputType({ description: 'Move a ticket to another status under its type\'s state machine.' })
export class ChangeTicketStatusInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => TicketStatus, { description: 'The new status (an invalid move is INVALID_TRANSITION and changes nothing).' })
  to: TicketStatus;

  @Field(() => String, { nullable: true, description: 'A note shown in the ticket\'s progress (up to 1,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'Assign a ticket to an agent, a skill group or both.' })
export class AssignTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => String, { nullable: true, description: 'The agent.' })
  agentId?: string | null;

  @Field(() => String, { nullable: true, description: 'The skill group (e.g. logistics, returns, vip).' })
  skillGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType({ description: 'Change a ticket\'s priority; open SLA targets move with it.' })
export class SetTicketPriorityInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => TicketPriority, { description: 'The new priority.' })
  priority: TicketPriority;

  @Field(() => String, { nullable: true, description: 'Why.' })
  note?: string | null;
}

@InputType({ description: 'An agent\'s correction of a complaint\'s category; stored as training data for the classifier.' })
export class CorrectTicketCategoryInput {
  @Field(() => ID, { description: 'The complaint ticket.' })
  ticketId: string;

  @Field(() => ComplaintCategory, { description: 'The right category.' })
  category: ComplaintCategory;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType({ description: 'Filters of the agents\' ticket list (all optional, combined with AND).' })
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: TicketStatus[] | null;

  @Field(() => [TicketPriority], { nullable: true, description: 'Any of these priorities.' })
  priority?: TicketPriority[] | null;

  @Field(() => TicketType, { nullable: true, description: 'Of this type.' })
  type?: TicketType | null;

  @Field(() => String, { nullable: true, description: 'Assigned to this agent.' })
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Assigned to this skill group.' })
  skillGroup?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Flagged (or not) for a manager follow-up.' })
  managerFollowUp?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Of this customer.' })
  customerId?: string | null;
}
