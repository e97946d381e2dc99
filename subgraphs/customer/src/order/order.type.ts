import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { MoneyScalar } from '@member-graph/common/graphql';
import { Channel } from '../customer/customer.enums';
import { OrderStatus } from './order.enums';
import type { OrderEntity } from './order.entity';
import type { OrderLineEntity } from './order-line.entity';
import type { RefundEntity } from './refund.entity';

/** A paid order of a customer. `lines`, `refunds` and `customer` are resolved through per-request loaders. */
@ObjectType({ description: 'A paid order of a customer, from any channel (store included), with its lines and refunds.' })
export class Order {
  @Field(() => ID, { description: 'Stable order id (UUID).' })
  id: string;

  @Field({ description: 'The order number in the system that sent it (unique; the idempotency key of recordOrder).' })
  externalNo: string;

  @Field(() => Channel, { description: 'The channel the order was placed through.' })
  channel: Channel;

  @Field(() => String, { nullable: true, description: 'The store, for STORE orders (optional for other channels).' })
  storeId: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the order was paid.' })
  paidAt: Date;

  @Field(() => MoneyScalar, { description: 'The amount paid: the sum of the line amounts.' })
  amount: number;

  @Field(() => MoneyScalar, { description: 'How much of the amount has been refunded so far.' })
  refundedAmount: number;

  @Field(() => OrderStatus, { description: 'Refund state of the order.' })
  status: OrderStatus;

  @Field(() => DateTimeISOResolver, { description: 'When the order was recorded here.' })
  recordedAt: Date;

  /** Not exposed as a field: the `customer` field resolves it under the access rules. */
  customerId: string;
}

/** One line of an order. */
@ObjectType({ description: 'One line of an order: what was bought, how many, for how much.' })
export class OrderLine {
  @Field({ description: 'The stock-keeping unit.' })
  sku: string;

  @Field(() => String, { nullable: true, description: 'Product category, when the feed gave one.' })
  category: string | null;

  @Field(() => Int, { description: 'Number of items (at least 1).' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'The amount paid for this line (all items together).' })
  amount: number;
}

/** A full or partial refund of an order. */
@ObjectType({ description: 'A full or partial refund of an order.' })
export class Refund {
  @Field(() => ID, { description: 'Stable refund id (UUID).' })
  id: string;

  @Field({ description: 'The refund number in the system that sent it (unique; the idempotency key of refundOrder).' })
  externalRefundNo: string;

  @Field(() => MoneyScalar, { description: 'The amount refunded.' })
  amount: number;

  @Field(() => String, { nullable: true, description: 'Why the refund was made.' })
  reason: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the refund was recorded.' })
  refundedAt: Date;

  /** Not exposed as a field: the `order` field resolves it through the loader. */
  orderId: string;
}

/** Entity → GraphQL type (entity columns never leak). */
export const toOrder = (e: OrderEntity): Order => ({
  id: e.id,
  externalNo: e.externalNo,
  channel: e.channel as Channel,
  storeId: e.storeId,
  paidAt: e.paidAt,
  amount: e.amountCents,
  refundedAmount: e.refundedCents,
  status: e.status,
  recordedAt: e.createdAt,
  customerId: e.customerId,
});

export const toOrderLine = (e: OrderLineEntity): OrderLine => ({
  sku: e.sku,
  category: e.category,
  quantity: e.quantity,
  amount: e.amountCents,
});

export const toRefund = (e: RefundEntity): Refund => ({
  id: e.id,
  externalRefundNo: e.externalRefundNo,
  amount: e.amountCents,
  reason: e.reason,
  refundedAt: e.createdAt,
  orderId: e.orderId,
});
