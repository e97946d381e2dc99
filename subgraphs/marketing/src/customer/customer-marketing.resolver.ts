import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireActor, requireRole } from '@member-graph/common/auth';
import { listBound } from '@member-graph/common/graphql';
import type { Context } from '../context';
import type { CouponService } from '../coupon/coupon.service';
import type { RecommendationService } from '../recommendation/recommendation.service';
import { CouponStatus } from '../coupon/coupon.enums';
import { Coupon } from '../coupon/coupon.type';
import { ProductRecommendation } from '../recommendation/recommendation.type';
import { SegmentMembership } from '../segment/segment.type';
import { Customer } from './customer.type';

/**
 * Marketing's fields on Customer. All nullable: when marketing cannot answer, the rest of the
 * customer still does (with an error for these fields). Access was checked by the reference.
 */
@Resolver(() => Customer)
export class CustomerMarketingResolver {
  constructor(
    private readonly couponService: CouponService,
    private readonly recommendationService: RecommendationService,
  ) {}

  @FieldResolver(() => [Coupon], { nullable: true, description: 'The customer\'s coupons, newest first, at most `first` (null only when the marketing service cannot answer, with an error).' })
  async coupons(
    @Root() c: Customer,
    @Ctx() ctx: Context,
    @Arg('status', () => CouponStatus, { nullable: true, description: 'Only coupons in this status.' }) status?: CouponStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many, newest first (1–100, default 100).' }) first?: number | null,
  ) {
    requireActor(ctx.actor);
    const limit = listBound(first);
    const all = await ctx.loaders.couponsByCustomer.load(c.id);
    return (status ? all.filter((x) => this.couponService.statusOf(x) === status) : all).slice(0, limit);
  }

  @FieldResolver(() => [SegmentMembership], {
    nullable: true,
    description: 'The saved segments the customer belongs to, at most `first` (staff: marketers, admins, agents; customers get FORBIDDEN).',
  })
  async segments(
    @Root() c: Customer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (1–100, default 100).' }) first?: number | null,
  ) {
    requireRole(ctx.actor, 'marketer', 'admin', 'agent');
    const limit = listBound(first);
    return (await ctx.loaders.membershipsByCustomer.load(c.id)).slice(0, limit);
  }

  @FieldResolver(() => [ProductRecommendation], {
    nullable: true,
    description: 'Products for this customer: bought-together items they have not bought, topped up with popular ones; only popular items when they turned personalisation off.',
  })
  recommendations(
    @Root() c: Customer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 10).' }) first?: number | null,
  ) {
    requireActor(ctx.actor);
    return ctx.loaders.recommendations.load({ customerId: c.id, first: this.recommendationService.first(first) });
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether personalised recommendations and campaigns are on for this customer (PIPL Art. 24; default true).' })
  async personalisationEnabled(@Root() c: Customer, @Ctx() ctx: Context) {
    requireActor(ctx.actor);
    return (await ctx.loaders.factsById.load(c.id))?.personalised ?? true;
  }
}
