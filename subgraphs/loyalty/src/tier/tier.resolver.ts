import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireActor } from '@member-graph/common/auth';
import type { Context } from '../context';
import { Loyalty } from '../member/loyalty.type';
import { Tier, TierChange, TierProgress } from './tier.type';
import type { TierService } from './tier.service';

@Resolver(() => Loyalty)
export class TierResolver {
  constructor(private readonly tierService: TierService) {}

  @Query(() => [Tier], { description: 'The tier table, lowest first: thresholds and benefits.' })
  loyaltyTiers(@Ctx() ctx: Context) {
    requireActor(ctx.actor);
    return this.tierService.table;
  }

  @FieldResolver(() => Tier, { description: 'The current tier.' })
  tier(@Root() l: Loyalty, @Ctx() ctx: Context) {
    return this.tierService.current(l.customerId, ctx.loaders.memberById);
  }

  @FieldResolver(() => TierProgress, { description: 'Current and next tier, growth still needed, and until when the tier is valid.' })
  tierProgress(@Root() l: Loyalty, @Ctx() ctx: Context) {
    return this.tierService.progress(l.customerId, { members: ctx.loaders.memberById, growth: ctx.loaders.growthByCustomer });
  }

  @FieldResolver(() => [TierChange], { description: 'Every tier change, oldest first.' })
  async tierHistory(@Root() l: Loyalty, @Ctx() ctx: Context): Promise<TierChange[]> {
    const rows = await ctx.loaders.tierHistoryByCustomer.load(l.customerId);
    return rows.map((r) => ({ from: r.fromTier, to: r.toTier, reason: r.reason as TierChange['reason'], growth: r.growth, validUntil: r.validUntil, changedAt: r.changedAt }));
  }
}
