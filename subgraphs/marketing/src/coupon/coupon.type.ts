import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { MoneyScalar } from '@member-graph/common/graphql';
import { CouponChannel, CouponKind, CouponSource } from './coupon.enums';

@ObjectType({ description: 'A kind of coupon: its terms, validity, stock and where it can be used.' })
export class CouponTemplate {
  @Field(() => ID, { description: 'Stable template id.' })
  id: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => CouponKind, { description: 'What it takes off.' })
  kind: CouponKind;

  @Field(() => MoneyScalar, { name: 'amountOff', nullable: true, description: 'The amount taken off (AMOUNT_OFF, THRESHOLD).' })
  amountOffCents: number | null;

  @Field(() => Int, { nullable: true, description: 'The percentage taken off (PERCENT_OFF).' })
  percentOff: number | null;

  @Field(() => MoneyScalar, { name: 'maxDiscount', nullable: true, description: 'The most it takes off (PERCENT_OFF, FREE_SHIPPING).' })
  maxDiscountCents: number | null;

  @Field(() => MoneyScalar, { name: 'threshold', nullable: true, description: 'The order amount needed (THRESHOLD).' })
  thresholdCents: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Start of the validity window (null: from issue).' })
  validFrom: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'End of the validity window (null when validDays applies).' })
  validUntil: Date | null;

  @Field(() => Int, { nullable: true, description: 'Days a coupon is valid after issue (null when a window applies).' })
  validDays: number | null;

  @Field(() => Int, { description: 'How many may be issued in all.' })
  stock: number;

  @Field(() => Int, { description: 'How many have been issued.' })
  issued: number;

  @Field(() => Int, { description: 'How many one customer may hold.' })
  perCustomerLimit: number;

  @Field(() => [CouponChannel], { description: 'Where it can be used.' })
  channels: CouponChannel[];

  @Field({ description: 'Whether customers may claim it themselves.' })
  claimable: boolean;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'A coupon held by a customer.' })
export class Coupon {
  @Field(() => ID, { description: 'Stable coupon id.' })
  id: string;

  @Field({ description: 'The code shown to the customer and scanned at a till.' })
  code: string;

  @Field(() => ID, { description: 'The customer who holds it.' })
  customerId: string;

  @Field(() => CouponSource, { description: 'How it reached the customer.' })
  source: CouponSource;

  @Field(() => ID, { nullable: true, description: 'The campaign that sent it (source CAMPAIGN).' })
  campaignId: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was issued.' })
  issuedAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'Valid from.' })
  validFrom: Date;

  @Field(() => DateTimeISOResolver, { description: 'Valid until; it cannot be redeemed after this.' })
  validUntil: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was redeemed.' })
  redeemedAt: Date | null;

  @Field(() => CouponChannel, { nullable: true, description: 'Where it was redeemed.' })
  redemptionChannel: CouponChannel | null;

  @Field(() => String, { nullable: true, description: 'The order it was redeemed on (online).' })
  orderId: string | null;

  @Field(() => String, { nullable: true, description: 'The store it was redeemed in.' })
  storeId: string | null;

  @Field(() => String, { nullable: true, description: 'The store\'s transaction id.' })
  storeTransactionId: string | null;

  @Field(() => MoneyScalar, { name: 'discount', nullable: true, description: 'What it took off when redeemed.' })
  discountCents: number | null;

  templateId: string;
  status: string;
}

@ObjectType({ description: 'The outcome of a claim or issue.' })
export class CouponIssue {
  @Field(() => Coupon, { description: 'The coupon.' })
  coupon: Coupon;

  @Field({ description: 'True when the idempotency key was seen before and the stored coupon is returned.' })
  replayed: boolean;
}

@ObjectType({ description: 'The outcome of a redemption.' })
export class CouponRedemption {
  @Field(() => Coupon, { description: 'The redeemed coupon.' })
  coupon: Coupon;

  @Field(() => MoneyScalar, { description: 'What it took off.' })
  discount: number;

  @Field({ description: 'True when this redemption had been made before (same order, or same store transaction) and the stored result is returned.' })
  replayed: boolean;
}
