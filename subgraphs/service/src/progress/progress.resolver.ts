import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireRole } from '@member-graph/common/auth';
import { withFreshLoaders } from '@member-graph/common/subscriptions';
import type { Context } from '../context';
import { READ_ROLES, requireServiceStaff } from '../customer/access';
import { ReturnRequest } from '../return/return.type';
import { Ticket } from '../ticket/ticket.type';
import type { ReturnProgressEntity, TicketProgressEntity } from './progress.entity';
import type { ReturnQueries } from '../return/return-queries.service';
import type { TicketQueries } from '../ticket/ticket-queries.service';
import type { ProgressService, TicketQueueRow } from './progress.service';
import { ReturnProgressEvent, TicketProgressEvent, TicketQueueEvent } from './progress.type';

type Args<A> = SubscribeResolverData<unknown, A, Context>;

/** What the subscriptions use. */
export interface ProgressSubscriptionDeps {
  ticketQueries: TicketQueries;
  returnQueries: ReturnQueries;
  progress: ProgressService;
}

/**
 * Starts a ticket's progress stream after the access check (a customer subscribing to someone else's
 * ticket gets NOT_FOUND and no stream is opened).
 */
export async function subscribeTicketProgress(s: ProgressSubscriptionDeps, { args, context }: Args<{ ticketId: string; afterSeq?: number | null }>) {
  const ticket = await s.ticketQueries.get(context.actor, args.ticketId, context.loaders);
  return withFreshLoaders(s.progress.ticketStream(ticket.id, args.afterSeq ?? 0), context.loaders);
}

/** Starts a return's progress stream after the access check (NOT_FOUND for someone else's return). */
export async function subscribeReturnProgress(s: ProgressSubscriptionDeps, { args, context }: Args<{ returnId: string; afterSeq?: number | null }>) {
  const r = await s.returnQueries.get(context.actor, args.returnId, context.loaders);
  return withFreshLoaders(s.progress.returnStream(r.id, args.afterSeq ?? 0), context.loaders);
}

/** Starts the agents' queue stream (agents and admins only). */
export async function subscribeTicketQueue(s: ProgressSubscriptionDeps, { args, context }: Args<{ afterSeq?: number | null }>) {
  requireServiceStaff(context.actor, 'agent', 'admin');
  return withFreshLoaders(await s.progress.queueStream(args.afterSeq ?? null), context.loaders);
}

/** The `subscribe` functions of the subscription fields, bound to their services when the schema is wired (schema.ts). */
export const progressSubscriptions = (s: ProgressSubscriptionDeps) => ({
  ticketProgress: (data: Args<{ ticketId: string; afterSeq?: number | null }>) => subscribeTicketProgress(s, data),
  returnProgress: (data: Args<{ returnId: string; afterSeq?: number | null }>) => subscribeReturnProgress(s, data),
  ticketQueue: (data: Args<{ afterSeq?: number | null }>) => subscribeTicketQueue(s, data),
});

/** The placeholder until schema.ts binds the real `subscribe` (a schema built without services cannot stream). */
const unwired = (): never => {
  throw new Error('the service subscriptions are bound when the schema is built with its services (buildServiceSchema)');
};

/**
 * The service subgraph's subscriptions. Each event is resolved with loaders that forgot the previous
 * event (withFreshLoaders): a subscription's context lives as long as the subscription, and its entity
 * must be read as it is now.
 */
@Resolver()
export class ProgressResolver {
  @Subscription(() => TicketProgressEvent, {
    description: 'Live progress of one ticket (its customer, agents and admins): with afterSeq, the missed status changes are replayed first, then live ones follow, without gap or duplicate.',
    subscribe: unwired,
  })
  ticketProgress(
    @Root() row: TicketProgressEntity,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) _ticketId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the events after this seq (0 or omitted: from the beginning).' }) _afterSeq?: number | null,
  ): TicketProgressEntity {
    return row;
  }

  @Subscription(() => ReturnProgressEvent, {
    description: 'Live progress of one return (its customer, agents and admins): with afterSeq, the missed stage changes are replayed first, then live ones follow, without gap or duplicate.',
    subscribe: unwired,
  })
  returnProgress(
    @Root() row: ReturnProgressEntity,
    @Arg('returnId', () => ID, { description: 'The return.' }) _returnId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the events after this seq (0 or omitted: from the beginning).' }) _afterSeq?: number | null,
  ): ReturnProgressEntity {
    return row;
  }

  @Subscription(() => TicketQueueEvent, {
    description: 'The agents\' queue (agents and admins): new tickets and escalated tickets as they happen; with afterSeq, missed ones are replayed first.',
    subscribe: unwired,
  })
  ticketQueue(
    @Root() row: TicketQueueRow,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the queue events after this seq (omitted: only new ones from now on).' }) _afterSeq?: number | null,
  ): TicketQueueRow {
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
