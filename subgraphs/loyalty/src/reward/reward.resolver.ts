import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, withTotalCount } from '@member-graph/common/graphql';
import type { Context } from '../context';
import { Loyalty } from '../member/loyalty.type';
import { CreateRewardInput, ExchangeRewardInput, UpdateRewardInput } from './reward.inputs';
import { exchangeConnection, exchangeRequest } from './reward.loaders';
import type { RewardService } from './reward.service';
import { Reward, RewardConnection, RewardExchangeConnection, RewardExchangeResult } from './reward.type';

@Resolver()
export class RewardResolver {
  constructor(private readonly rewardService: RewardService) {}

  @Query(() => RewardConnection, { description: 'The rewards catalogue, newest first: the rewards open now, each with the price at the signed-in member\'s tier (the list price for staff).' })
  rewards(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { nullable: true, description: 'Staff only: also rewards deactivated, not started or ended.' }) includeInactive?: boolean | null,
  ) {
    return this.rewardService.catalogue(ctx.actor, { first, after, includeInactive }, ctx.loaders.memberById);
  }

  @Mutation(() => Reward, { description: 'Add a reward to the catalogue (admins only).' })
  createReward(@Arg('input') input: CreateRewardInput, @Ctx() ctx: Context) {
    return this.rewardService.create(ctx.actor, input);
  }

  @Mutation(() => Reward, { description: 'Edit, deactivate or reactivate a reward (admins only); exchanges made keep what they paid.' })
  updateReward(@Arg('input') input: UpdateRewardInput, @Ctx() ctx: Context) {
    return this.rewardService.update(ctx.actor, input);
  }

  @Mutation(() => RewardExchangeResult, {
    description: 'Exchange points for a reward at the member\'s tier price (the signed-in customer). Idempotent by key; never takes the balance below zero (INSUFFICIENT_POINTS); OUT_OF_STOCK when none is left, REWARD_NOT_AVAILABLE outside its window or when deactivated.',
  })
  exchangeReward(@Arg('input') input: ExchangeRewardInput, @Ctx() ctx: Context) {
    return this.rewardService.exchange(ctx.actor, input);
  }
}

@Resolver(() => Loyalty)
export class LoyaltyRewardExchangesResolver {
  @FieldResolver(() => RewardExchangeConnection, { description: 'The member\'s reward exchanges, newest first (Relay cursor pagination).' })
  async rewardExchanges(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Root() l: Loyalty,
    @Ctx() ctx: Context,
  ) {
    const request = exchangeRequest(l.customerId, first, after);
    return withTotalCount(exchangeConnection(await ctx.loaders.rewardExchangePage.load(request), request, after), () => ctx.loaders.rewardExchangeCountByCustomer.load(l.customerId));
  }
}
