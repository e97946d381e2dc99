import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Loyalty } from '../member/loyalty.type';
import { Badge } from './badge.type';

@Resolver(() => Loyalty)
export class BadgeResolver {
  @FieldResolver(() => [Badge], { description: 'Badges earned, oldest first, with the date earned.' })
  async badges(@Root() l: Loyalty, @Ctx() ctx: Context): Promise<Badge[]> {
    return (await ctx.loaders.badgesByCustomer.load(l.customerId)).map((b) => ctx.services.badges.view(b));
  }
}
