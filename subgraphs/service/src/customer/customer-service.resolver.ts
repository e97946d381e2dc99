import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireRole } from '@member-graph/common/auth';
import { PageArgs, withTotalCount } from '@member-graph/common/graphql';
import type { Context } from '../context';
import { pageConnection, pageRequest, type PageKey } from '../pages';
import { ReturnRequestConnection } from '../return/return.type';
import { TicketConnection } from '../ticket/ticket.type';
import { READ_ROLES } from './access';
import { Customer } from './customer.type';

/** A page of one customer's list through the request's loaders, with its totalCount (customer: own; agents, admins). */
async function customerPage<T extends { createdAt: Date; id: string }>(
  ctx: Context,
  customer: Customer,
  { first, after }: PageArgs,
  loaders: { page: { load(key: PageKey): Promise<T[]> }; count: { load(customerId: string): Promise<number> } },
) {
  requireRole(ctx.actor, ...READ_ROLES);
  const req = pageRequest(customer.id, first, after);
  return withTotalCount(pageConnection(await loaders.page.load(req), req, after), () => loaders.count.load(customer.id));
}

@Resolver(() => Customer)
export class CustomerServiceResolver {
  @FieldResolver(() => TicketConnection, {
    nullable: true,
    description: 'The customer\'s tickets from every channel, newest first, with their conversations (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error.',
  })
  tickets(@Root() customer: Customer, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return customerPage(ctx, customer, page, { page: ctx.loaders.ticketPage, count: ctx.loaders.ticketCountByCustomer });
  }

  @FieldResolver(() => ReturnRequestConnection, {
    nullable: true,
    description: 'The customer\'s returns, newest first (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error.',
  })
  returns(@Root() customer: Customer, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return customerPage(ctx, customer, page, { page: ctx.loaders.returnPage, count: ctx.loaders.returnCountByCustomer });
  }
}
