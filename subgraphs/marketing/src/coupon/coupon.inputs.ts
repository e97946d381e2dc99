import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { MoneyScalar } from '@member-graph/common/graphql';
import { CouponChannel, CouponKind } from './coupon.enums';

const KEY = /^[A-Za-z0-9_.:-]+$/;

@InputType({ description: 'A coupon template: what it takes off, when it is valid, how many exist and who may use it where.' })
export class CreateCouponTemplateInput {
  @Field({ description: 'Display name (1–100 characters), e.g. 满200减30.' })
  @Length(1, 100)
  name: string;

  @Field(() => CouponKind, { description: 'What it takes off.' })
  kind: CouponKind;

  @Field(() => MoneyScalar, { nullable: true, description: 'AMOUNT_OFF and THRESHOLD: the amount taken off.' })
  amountOff?: number | null;

  @Field(() => Int, { nullable: true, description: 'PERCENT_OFF: the percentage (1–99).' })
  percentOff?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'PERCENT_OFF (required) and FREE_SHIPPING (optional): the most it takes off.' })
  maxDiscount?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'THRESHOLD: the order amount needed.' })
  threshold?: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Start of the validity window (default: when issued).' })
  validFrom?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'End of the validity window; give this or validDays.' })
  validUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Valid for this many days after issue (1–3650); give this or validUntil.' })
  validDays?: number | null;

  @Field(() => Int, { description: 'How many coupons may be issued in all (1–10,000,000); never exceeded.' })
  stock: number;

  @Field(() => Int, { nullable: true, description: 'How many one customer may hold (1–100, default 1); never exceeded.' })
  perCustomerLimit?: number | null;

  @Field(() => [CouponChannel], { nullable: true, description: 'Where it can be used (default both).' })
  channels?: CouponChannel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether customers may claim it themselves (default true); otherwise only campaigns and staff issue it.' })
  claimable?: boolean | null;
}

@InputType({ description: 'A customer claims a coupon for themself.' })
export class ClaimCouponInput {
  @Field(() => ID, { description: 'The coupon template.' })
  templateId: string;

  @Field({ description: 'Makes the claim safe to retry: the same key returns the same coupon (1–128 of letters, digits, _ . : -).' })
  @Length(1, 128)
  @Matches(KEY, { message: 'idempotencyKey may hold letters, digits, _ . : -' })
  idempotencyKey: string;
}

@InputType({ description: 'Staff or an integration issue a coupon to a customer.' })
export class IssueCouponInput {
  @Field(() => ID, { description: 'The coupon template.' })
  templateId: string;

  @Field(() => ID, { description: 'The customer who receives it.' })
  customerId: string;

  @Field({ description: 'Makes the issue safe to retry: the same key for the same customer issues once.' })
  @Length(1, 128)
  @Matches(KEY, { message: 'idempotencyKey may hold letters, digits, _ . : -' })
  idempotencyKey: string;
}

@InputType({ description: 'Redeem a coupon against an online order.' })
export class RedeemCouponInput {
  @Field(() => String, { description: 'The coupon\'s code.' })
  @Length(1, 32)
  code: string;

  @Field({ description: 'The order it is used on (up to 128 characters); redeeming again for the same order returns the first result.' })
  @Length(1, 128)
  orderId: string;

  @Field(() => MoneyScalar, { description: 'The order amount before the discount.' })
  orderAmount: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'The shipping fee (for FREE_SHIPPING coupons).' })
  shippingAmount?: number | null;
}

@InputType({ description: 'Redeem a coupon at a store till.' })
export class RedeemCouponInStoreInput {
  @Field(() => String, { description: 'The coupon\'s code, as shown or scanned.' })
  @Length(1, 32)
  code: string;

  @Field({ description: 'The store (1–64 characters).' })
  @Length(1, 64)
  storeId: string;

  @Field({ description: 'The till\'s transaction id (1–128 characters): the idempotency key of a store redemption.' })
  @Length(1, 128)
  storeTransactionId: string;

  @Field(() => MoneyScalar, { description: 'The purchase amount before the discount.' })
  amount: number;

  @Field(() => String, { nullable: true, description: 'A note kept with the redemption.' })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}
