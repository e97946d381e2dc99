import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireRole } from '@member-graph/common/auth';
import { withTotalCount } from '@member-graph/common/graphql';
import type { Context } from '../context';
import { pageConnection, pageRequest } from '../pages';
import { ReturnRequestConnection } from '../return/return.type';
import { TicketConnection } from '../ticket/ticket.type';
import { READ_ROLES } from './access';
import { Customer } from './customer.type';

@Resolver(() => Customer)
export class CustomerServiceResolver {
  @FieldResolver(() => TicketConnection, {
    nullable: true,
    description: 'The customer\'s tickets from every channel, newest first, with their conversations (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error.',
  })
  async tickets(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1–100, default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ) {
    requireRole(ctx.actor, ...READ_ROLES);
    const req = pageRequest(customer.id, first, after);
    return withTotalCount(pageConnection(await ctx.loaders.ticketPage.load(req), req, after), () => ctx.loaders.ticketCountByCustomer.load(customer.id));
  }

  @FieldResolver(() => ReturnRequestConnection, {
    nullable: true,
    description: 'The customer\'s returns, newest first (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error.',
  })
  async returns(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1–100, default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ) {
    requireRole(ctx.actor, ...READ_ROLES);
    const req = pageRequest(customer.id, first, after);
    return withTotalCount(pageConnection(await ctx.loaders.returnPage.load(req), req, after), () => ctx.loaders.returnCountByCustomer.load(customer.id));
  }
}
