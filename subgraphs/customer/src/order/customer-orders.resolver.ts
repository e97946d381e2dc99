import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { OrderConnection } from './order-connection.type';
import { toOrder } from './order.type';
import type { OrderService } from './order.service';

/** Customer.orders: the root Customer was already authorized (own data for customers, anyone for staff). */
@Resolver(() => Customer)
export class CustomerOrdersResolver {
  constructor(private readonly orderService: OrderService) {}

  @FieldResolver(() => OrderConnection, { description: "The customer's orders, newest paid first (cursor pagination)." })
  async orders(
    @Root() customer: CustomerEntity,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (an endCursor or edge cursor of a previous page).' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<OrderConnection> {
    const { edges, nodes, pageInfo, customerId } = await this.orderService.pageOf(customer.id, first, after, ctx.loaders);
    return { customerId, pageInfo, nodes: nodes.map(toOrder), edges: edges.map((e) => ({ cursor: e.cursor, node: toOrder(e.node) })) };
  }
}

@Resolver(() => OrderConnection)
export class OrderConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many orders the customer has in all (counted for all customers of a request at once).' })
  totalCount(@Root() connection: OrderConnection, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.orderCountByCustomer.load(connection.customerId);
  }
}
