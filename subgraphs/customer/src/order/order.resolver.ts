import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { RecordOrderInput } from './order.inputs';
import { Order, OrderLine, Refund, toOrder, toOrderLine, toRefund } from './order.type';
import type { CustomerService } from '../customer/customer.service';
import type { OrderService } from './order.service';

@Resolver(() => Order)
export class OrderResolver {
  constructor(private readonly orderService: OrderService, private readonly customerService: CustomerService) {}

  @Mutation(() => Order, {
    description:
      'Record a paid order (integrations and admins). Idempotent by externalNo: the same payload again returns the first order and records nothing; a different payload is ORDER_CONFLICT. Emits order.recorded.',
  })
  async recordOrder(@Arg('input', { description: 'The order as the feed reports it.' }) input: RecordOrderInput, @Ctx() ctx: Context): Promise<Order> {
    const { order } = await this.orderService.record(ctx.actor, input);
    return toOrder(order);
  }

  @Query(() => Order, { description: 'One order by id (staff; a customer may read only their own orders).' })
  async order(@Arg('id', () => ID, { description: 'The order id.' }) id: string, @Ctx() ctx: Context): Promise<Order> {
    return toOrder(await this.orderService.get(ctx.actor, id, ctx.loaders));
  }

  @FieldResolver(() => [OrderLine], { description: 'The lines of the order, in the order they were sent.' })
  async lines(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderLine[]> {
    return (await ctx.loaders.orderLinesByOrder.load(order.id)).map(toOrderLine);
  }

  @FieldResolver(() => [Refund], { description: 'Refunds of the order, oldest first.' })
  async refunds(@Root() order: Order, @Ctx() ctx: Context): Promise<Refund[]> {
    return (await ctx.loaders.refundsByOrder.load(order.id)).map(toRefund);
  }

  @FieldResolver(() => Customer, { description: 'The customer who paid (under the same access rules as `customer(id)`).' })
  customer(@Root() order: Order, @Ctx() ctx: Context): Promise<CustomerEntity> {
    return this.customerService.get(ctx.actor, order.customerId, ctx.loaders.customerById);
  }
}
