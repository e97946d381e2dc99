import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../context';
import type { TierMixService } from './tier-mix.service';
import { TierMixMonth, TierShare } from './tier-mix.type';

@Resolver()
export class TierMixResolver {
  constructor(private readonly mix: TierMixService) {}

  @Query(() => [TierShare], { description: 'Members per tier now, every tier of the table lowest first, MEMBER included (staff).' })
  tierMix(@Ctx() ctx: Context) {
    return this.mix.now(ctx.actor);
  }

  @Query(() => [TierMixMonth], { description: 'Members per tier at the end of each Asia/Shanghai month touched by from…to, at most 36 months (staff).' })
  tierMixByMonth(
    @Arg('from', () => LocalDateResolver, { description: 'A day of the first month.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'A day of the last month (not before from).' }) to: string,
    @Ctx() ctx: Context,
  ) {
    return this.mix.byMonth(ctx.actor, from, to);
  }
}
