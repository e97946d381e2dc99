import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@member-graph/common/graphql';
import type { Context } from '../context';
import type { MessageService } from './message.service';
import type { TicketService } from './ticket.service';
import type { TicketQueries } from './ticket-queries.service';
import { Customer } from '../customer/customer.type';
import { Survey } from '../satisfaction/survey.type';
import type { TicketEntity } from './ticket.entity';
import {
  AssignTicketInput,
  ChangeTicketStatusInput,
  CorrectTicketCategoryInput,
  OpenTicketInput,
  PostTicketMessageInput,
  SetTicketPriorityInput,
  TicketFilter,
} from './ticket.inputs';
import { PostTicketMessagePayload, Ticket, TicketConnection, TicketHistoryEntry, TicketMessage, TicketProgressEntry, TicketSla } from './ticket.type';

@Resolver(() => Ticket)
export class TicketResolver {
  constructor(
    private readonly ticketQueries: TicketQueries,
    private readonly ticketService: TicketService,
    private readonly messageService: MessageService,
  ) {}

  @Query(() => Ticket, { description: 'One ticket: the customer\'s own, or any for agents and admins (anyone else\'s answers NOT_FOUND).' })
  ticket(@Arg('id', () => ID, { description: 'The ticket id.' }) id: string, @Ctx() ctx: Context) {
    return this.ticketQueries.get(ctx.actor, id, ctx.loaders);
  }

  @Query(() => TicketConnection, { description: 'The agents\' ticket list, newest first, with filters (agents, admins, integrations).' })
  tickets(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Filters (all optional).' }) filter?: TicketFilter | null,
  ) {
    return this.ticketQueries.list(ctx.actor, filter, first, after);
  }

  @FieldResolver(() => Customer, { description: 'The customer the ticket belongs to.' })
  customer(@Root() t: TicketEntity): Customer {
    return { id: t.customerId };
  }

  @FieldResolver(() => [TicketMessage], { description: 'The conversation, oldest first, from every channel.' })
  messages(@Root() t: TicketEntity, @Ctx() ctx: Context) {
    return ctx.loaders.messagesByTicket.load(t.id);
  }

  @FieldResolver(() => [TicketProgressEntry], { description: 'Every status change, numbered from 1 (the same events ticketProgress streams).' })
  progress(@Root() t: TicketEntity, @Ctx() ctx: Context) {
    return ctx.loaders.progressByTicket.load(t.id);
  }

  @FieldResolver(() => [TicketHistoryEntry], {
    nullable: true,
    description: 'The internal history: status, assignment, priority, escalations with the rule that fired, category, SLA breaches (staff only; null for customers).',
  })
  history(@Root() t: TicketEntity, @Ctx() ctx: Context) {
    return ctx.actor?.role === 'customer' ? null : ctx.loaders.historyByTicket.load(t.id);
  }

  @FieldResolver(() => TicketSla, { description: 'The SLA targets and whether they were met.' })
  sla(@Root() t: TicketEntity): TicketSla {
    return {
      firstResponseDueAt: t.firstResponseDueAt,
      resolutionDueAt: t.resolutionDueAt,
      firstRespondedAt: t.firstRespondedAt,
      paused: t.status === 'WAITING_CUSTOMER',
      firstResponseBreached: !!t.firstResponseBreachedAt,
      resolutionBreached: !!t.resolutionBreachedAt,
      tier: t.tier,
    };
  }

  @FieldResolver(() => Survey, { nullable: true, description: 'The satisfaction survey offered when the ticket closed.' })
  survey(@Root() t: TicketEntity, @Ctx() ctx: Context) {
    return ctx.loaders.surveyByTicket.load(t.id);
  }

  @Mutation(() => Ticket, { description: 'Open a ticket (customers for themselves; agents, admins and integrations for a customer). Complaints are classified and run through the escalation rules; emits ticket.opened.' })
  openTicket(@Arg('input', { description: 'The ticket.' }) input: OpenTicketInput, @Ctx() ctx: Context) {
    return this.ticketService.open(ctx.actor, input);
  }

  @Mutation(() => PostTicketMessagePayload, { description: 'Add a message to a ticket or, without a ticket id, to the customer\'s conversation (any channel). A customer reply moves a WAITING_CUSTOMER ticket back to IN_PROGRESS; an agent\'s first message is the first response.' })
  postTicketMessage(@Arg('input', { description: 'The message.' }) input: PostTicketMessageInput, @Ctx() ctx: Context) {
    return this.messageService.post(ctx.actor, input);
  }

  @Mutation(() => Ticket, { description: 'Move a ticket to another status (staff; a customer may close a resolved ticket or reopen it within the window). An invalid move is INVALID_TRANSITION and changes nothing.' })
  changeTicketStatus(@Arg('input', { description: 'The move.' }) input: ChangeTicketStatusInput, @Ctx() ctx: Context) {
    return this.ticketService.transition(ctx.actor, input);
  }

  @Mutation(() => Ticket, { description: 'Assign a ticket to an agent or skill group (agents, admins, integrations); a NEW ticket becomes ASSIGNED.' })
  assignTicket(@Arg('input', { description: 'The assignment.' }) input: AssignTicketInput, @Ctx() ctx: Context) {
    return this.ticketService.assign(ctx.actor, input);
  }

  @Mutation(() => Ticket, { description: 'Change a ticket\'s priority (agents, admins, integrations); the open SLA targets move with it.' })
  setTicketPriority(@Arg('input', { description: 'The new priority.' }) input: SetTicketPriorityInput, @Ctx() ctx: Context) {
    return this.ticketService.setPriority(ctx.actor, input);
  }

  @Mutation(() => Ticket, { description: 'Correct a complaint\'s category (agents, admins); the correction is stored as training data and learnt by the classifier at once.' })
  correctTicketCategory(@Arg('input', { description: 'The correction.' }) input: CorrectTicketCategoryInput, @Ctx() ctx: Context) {
    return this.ticketService.correctCategory(ctx.actor, input);
  }
}
