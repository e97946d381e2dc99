import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { MoneyScalar } from '@member-graph/common/graphql';
import { Channel } from '../customer/customer.enums';

/** One line of an order to record. */
@InputType({ description: 'One line of an order: sku, category, quantity and the amount paid for the line.' })
export class OrderLineInput {
  @Field({ description: 'The stock-keeping unit (1–64 characters).' })
  sku: string;

  @Field(() => String, { nullable: true, description: 'Product category (up to 64 characters).' })
  category?: string | null;

  @Field(() => Int, { description: 'Number of items, a positive whole number.' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Amount paid for the line (all items together), not negative.' })
  amount: number;
}

/** A paid order, as an order feed reports it. */
@InputType({ description: 'A paid order. Recording the same externalNo again with the same payload returns the first order; a different payload is ORDER_CONFLICT.' })
export class RecordOrderInput {
  @Field({ description: 'The order number in the sending system (unique, up to 128 characters): the idempotency key.' })
  externalNo: string;

  @Field(() => ID, { description: 'The customer who paid; a merged customer id records on the survivor.' })
  customerId: string;

  @Field(() => Channel, { description: 'The channel the order was placed through.' })
  channel: Channel;

  @Field(() => String, { nullable: true, description: 'The store (up to 64 characters); required when channel is STORE.' })
  storeId?: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was paid; not more than 5 minutes in the future.' })
  paidAt: Date;

  @Field(() => [OrderLineInput], { description: '1 to 200 lines; the order amount is the sum of their amounts.' })
  lines: OrderLineInput[];
}

/** A refund of an order, identified by id or by external order number. */
@InputType({ description: 'Refund part or all of an order. Give exactly one of orderId and externalNo. Repeating the same externalRefundNo with the same payload returns the first refund; a different payload is REFUND_CONFLICT.' })
export class RefundOrderInput {
  @Field(() => ID, { nullable: true, description: 'The order to refund, by id.' })
  orderId?: string | null;

  @Field(() => String, { nullable: true, description: 'The order to refund, by its external order number.' })
  externalNo?: string | null;

  @Field({ description: 'The refund number in the sending system (unique, up to 128 characters): the idempotency key.' })
  externalRefundNo: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount to refund, more than 0 and at most what remains; omitted refunds the whole remainder.' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'Why (up to 500 characters).' })
  reason?: string | null;
}
