import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireRole } from '@member-graph/common/auth';
import { createLoaders, type Context } from '../context';
import { READ_ROLES, requireServiceStaff } from '../customer/access';
import { ReturnRequest } from '../return/return.type';
import { Ticket } from '../ticket/ticket.type';
import type { ReturnProgressEntity, TicketProgressEntity } from './progress.entity';
import type { TicketQueueRow } from './progress.service';
import { ReturnProgressEvent, TicketProgressEvent, TicketQueueEvent } from './progress.type';

type Args<A> = SubscribeResolverData<unknown, A, Context>;

/**
 * Starts a ticket's progress stream after the access check (a customer subscribing to someone else's
 * ticket gets NOT_FOUND and no stream is opened).
 */
export async function subscribeTicketProgress({ args, context }: Args<{ ticketId: string; afterSeq?: number | null }>) {
  const ticket = await context.services.ticketQueries.get(context.actor, args.ticketId, context.loaders);
  return context.services.progress.ticketStream(ticket.id, args.afterSeq ?? 0);
}

/** Starts a return's progress stream after the access check (NOT_FOUND for someone else's return). */
export async function subscribeReturnProgress({ args, context }: Args<{ returnId: string; afterSeq?: number | null }>) {
  const r = await context.services.returnQueries.get(context.actor, args.returnId, context.loaders);
  return context.services.progress.returnStream(r.id, args.afterSeq ?? 0);
}

/** Starts the agents' queue stream (agents and admins only). */
export async function subscribeTicketQueue({ args, context }: Args<{ afterSeq?: number | null }>) {
  requireServiceStaff(context.actor, 'agent', 'admin');
  return context.services.progress.queueStream(args.afterSeq ?? null);
}

/**
 * The service subgraph's subscriptions. Each event is resolved with fresh loaders (a subscription's
 * context lives as long as the subscription, and its entity must be read as it is now).
 */
@Resolver()
export class ProgressResolver {
  @Subscription(() => TicketProgressEvent, {
    description: 'Live progress of one ticket (its customer, agents and admins): with afterSeq, the missed status changes are replayed first, then live ones follow, without gap or duplicate.',
    subscribe: (data: Args<{ ticketId: string; afterSeq?: number | null }>) => subscribeTicketProgress(data),
  })
  ticketProgress(
    @Root() row: TicketProgressEntity,
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) _ticketId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the events after this seq (0 or omitted: from the beginning).' }) _afterSeq?: number | null,
  ): TicketProgressEntity {
    ctx.loaders = createLoaders(ctx.services);
    return row;
  }

  @Subscription(() => ReturnProgressEvent, {
    description: 'Live progress of one return (its customer, agents and admins): with afterSeq, the missed stage changes are replayed first, then live ones follow, without gap or duplicate.',
    subscribe: (data: Args<{ returnId: string; afterSeq?: number | null }>) => subscribeReturnProgress(data),
  })
  returnProgress(
    @Root() row: ReturnProgressEntity,
    @Ctx() ctx: Context,
    @Arg('returnId', () => ID, { description: 'The return.' }) _returnId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the events after this seq (0 or omitted: from the beginning).' }) _afterSeq?: number | null,
  ): ReturnProgressEntity {
    ctx.loaders = createLoaders(ctx.services);
    return row;
  }

  @Subscription(() => TicketQueueEvent, {
    description: 'The agents\' queue (agents and admins): new tickets and escalated tickets as they happen; with afterSeq, missed ones are replayed first.',
    subscribe: (data: Args<{ afterSeq?: number | null }>) => subscribeTicketQueue(data),
  })
  ticketQueue(
    @Root() row: TicketQueueRow,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the queue events after this seq (omitted: only new ones from now on).' }) _afterSeq?: number | null,
  ): TicketQueueRow {
    ctx.loaders = createLoaders(ctx.services);
    return row;
  }
}

@Resolver(() => TicketProgressEvent)
export class TicketProgressEventResolver {
  @FieldResolver(() => Ticket, { description: 'The ticket as it is now.' })
  ticket(@Root() e: TicketProgressEntity, @Ctx() ctx: Context) {
    return ctx.loaders.ticketById.load(e.ticketId);
  }
}

@Resolver(() => ReturnProgressEvent)
export class ReturnProgressEventResolver {
  @FieldResolver(() => ReturnRequest, { description: 'The return as it is now.' })
  return(@Root() e: ReturnProgressEntity, @Ctx() ctx: Context) {
    return ctx.loaders.returnById.load(e.returnId);
  }
}

@Resolver(() => TicketQueueEvent)
export class TicketQueueEventResolver {
  @FieldResolver(() => Ticket, { description: 'The ticket as it is now.' })
  ticket(@Root() e: TicketQueueRow, @Ctx() ctx: Context) {
    requireRole(ctx.actor, ...READ_ROLES);
    return ctx.loaders.ticketById.load(e.ticketId);
  }
}
