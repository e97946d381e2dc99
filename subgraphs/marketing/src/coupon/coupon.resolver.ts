import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { CouponRedemptionService } from './coupon-redemption.service';
import { CouponStatus } from './coupon.enums';
import { ClaimCouponInput, CreateCouponTemplateInput, IssueCouponInput, RedeemCouponInput, RedeemCouponInStoreInput } from './coupon.inputs';
import type { CouponRow, CouponService } from './coupon.service';
import { Coupon, CouponIssue, CouponRedemption, CouponTemplate } from './coupon.type';

@Resolver(() => Coupon)
export class CouponResolver {
  constructor(
    private readonly coupons: CouponService,
    private readonly redemptions: CouponRedemptionService,
  ) {}

  @Query(() => [CouponTemplate], { description: 'Coupon templates, newest first: staff see all; customers see those they can claim now (the coupon centre).' })
  couponTemplates(@Ctx() ctx: Context) {
    return this.coupons.listTemplates(ctx.actor);
  }

  @Query(() => CouponTemplate, { description: 'One coupon template (anyone signed in).' })
  couponTemplate(@Arg('id', () => ID, { description: 'The template id.' }) id: string, @Ctx() ctx: Context) {
    return this.coupons.template(ctx.actor, id);
  }

  @Mutation(() => CouponTemplate, { description: 'Create a coupon template (marketers, admins); invalid terms are BAD_USER_INPUT naming each problem.' })
  createCouponTemplate(@Arg('input', { description: "The template's terms." }) input: CreateCouponTemplateInput, @Ctx() ctx: Context) {
    return this.coupons.createTemplate(ctx.actor, input);
  }

  @Mutation(() => CouponIssue, {
    description: 'Claim a coupon for yourself (customers). Idempotent by key; never beyond the stock (COUPON_EXHAUSTED) or the per-customer limit (COUPON_LIMIT_REACHED), under any concurrency.',
  })
  claimCoupon(@Arg('input', { description: 'Which template, and the idempotency key.' }) input: ClaimCouponInput, @Ctx() ctx: Context) {
    return this.coupons.claim(ctx.actor, input);
  }

  @Mutation(() => CouponIssue, { description: 'Issue a coupon to a customer (marketers, admins, integrations). Idempotent by key; same stock and limit rules as claims.' })
  issueCoupon(@Arg('input', { description: 'Which template, for whom, and the idempotency key.' }) input: IssueCouponInput, @Ctx() ctx: Context) {
    return this.coupons.issue(ctx.actor, input);
  }

  @Mutation(() => CouponRedemption, {
    description: 'Redeem a coupon against an online order (the customer for their own coupon, integrations, admins). The same order again returns the first result; expired coupons are COUPON_EXPIRED.',
  })
  redeemCoupon(@Arg('input', { description: 'The coupon code and the order.' }) input: RedeemCouponInput, @Ctx() ctx: Context) {
    return this.redemptions.redeemOnline(ctx.actor, input);
  }

  @Mutation(() => CouponRedemption, {
    description: 'Redeem a coupon at a store till (integrations, admins), keyed by the store transaction id: the same transaction again returns the first result.',
  })
  redeemCouponInStore(@Arg('input', { description: 'The coupon code, the store and its transaction.' }) input: RedeemCouponInStoreInput, @Ctx() ctx: Context) {
    return this.redemptions.redeemInStore(ctx.actor, input);
  }

  @FieldResolver(() => CouponStatus, { description: 'AVAILABLE, REDEEMED or EXPIRED now.' })
  status(@Root() c: CouponRow, @Ctx() ctx: Context) {
    return this.coupons.statusOf(c);
  }

  @FieldResolver(() => CouponTemplate, { description: 'The coupon\'s terms.' })
  async template(@Root() c: CouponRow, @Ctx() ctx: Context) {
    return ctx.loaders.templateById.load(c.templateId);
  }
}
