import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { isStaff } from '@member-graph/common/auth';
import { PageArgs, withTotalCount } from '@member-graph/common/graphql';
import type { Context } from '../context';
import { Loyalty } from '../member/loyalty.type';
import type { PointsEntryEntity } from './points.entity';
import { AdjustPointsInput, RedeemPointsInput } from './points.inputs';
import { historyConnection, historyRequest } from './points.loaders';
import { PointsEntry, PointsEntryConnection, PointsSummary, Redemption } from './points.type';
import type { PointsService } from './points.service';

@Resolver(() => Loyalty)
export class LoyaltyPointsResolver {
  @FieldResolver(() => PointsSummary, { description: 'The points balance and what lapses soon.' })
  points(@Root() l: Loyalty): PointsSummary {
    return { customerId: l.customerId };
  }

  @FieldResolver(() => PointsEntryConnection, { description: 'The points ledger, newest first (Relay cursor pagination).' })
  async history(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Root() l: Loyalty,
    @Ctx() ctx: Context,
  ) {
    const request = historyRequest(l.customerId, first, after);
    return withTotalCount(historyConnection(await ctx.loaders.historyPage.load(request), request, after), () => ctx.loaders.historyCountByCustomer.load(l.customerId));
  }
}

@Resolver(() => PointsSummary)
export class PointsSummaryResolver {
  @FieldResolver(() => Int, { description: 'The balance: the sum of every ledger line (negative after a refund of spent points).' })
  async balance(@Root() p: PointsSummary, @Ctx() ctx: Context) {
    return (await ctx.loaders.pointsByCustomer.load(p.customerId)).balance;
  }

  @FieldResolver(() => Int, { description: 'Points that lapse in the next 30 days (first in, first out).' })
  async expiringSoon(@Root() p: PointsSummary, @Ctx() ctx: Context) {
    return (await ctx.loaders.pointsByCustomer.load(p.customerId)).expiringSoon;
  }
}

@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who wrote the line (staff only; null for customers).' })
  actorId(@Root() e: PointsEntryEntity, @Ctx() ctx: Context) {
    return isStaff(ctx.actor) ? e.actorId : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The role of who wrote the line (staff only).' })
  actorRole(@Root() e: PointsEntryEntity, @Ctx() ctx: Context) {
    return isStaff(ctx.actor) ? e.actorRole : null;
  }
}

@Resolver()
export class PointsResolver {
  constructor(private readonly pointsService: PointsService) {}

  @Mutation(() => Redemption, { description: 'Redeem points (a customer for themself; a store via system/admin with its transaction id). Needs an idempotency key; never takes the balance below zero (INSUFFICIENT_POINTS).' })
  redeemPoints(@Arg('input') input: RedeemPointsInput, @Ctx() ctx: Context) {
    return this.pointsService.redeem(ctx.actor, input);
  }

  @Mutation(() => PointsEntry, { description: 'Add or take points with a mandatory reason (admins only; audited on the ledger line).' })
  adjustPoints(@Arg('input') input: AdjustPointsInput, @Ctx() ctx: Context) {
    return this.pointsService.adjust(ctx.actor, input);
  }
}
