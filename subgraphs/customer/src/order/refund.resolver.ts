import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { RefundOrderInput } from './order.inputs';
import { Order, Refund, toOrder, toRefund } from './order.type';
import type { RefundService } from './refund.service';

@Resolver(() => Refund)
export class RefundResolver {
  constructor(private readonly refundService: RefundService) {}

  @Mutation(() => Refund, {
    description:
      'Refund part or all of an order (integrations, admins, agents). Never more than what remains (REFUND_EXCEEDS_ORDER). Idempotent by externalRefundNo: the same payload again returns the first refund; a different payload is REFUND_CONFLICT. Emits order.refunded.',
  })
  async refundOrder(@Arg('input', { description: 'Which order, how much and why.' }) input: RefundOrderInput, @Ctx() ctx: Context): Promise<Refund> {
    const { refund } = await this.refundService.refund(ctx.actor, input);
    return toRefund(refund);
  }

  @FieldResolver(() => Order, { description: 'The refunded order, as it stands now.' })
  async order(@Root() refund: Refund, @Ctx() ctx: Context): Promise<Order> {
    const order = await ctx.loaders.orderById.load(refund.orderId);
    if (!order) throw new Error(`refund ${refund.id} points at a missing order`);
    return toOrder(order);
  }
}
