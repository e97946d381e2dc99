import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Loyalty } from '../member/loyalty.type';
import { Badge } from './badge.type';
import type { BadgeService } from './badge.service';

@Resolver(() => Loyalty)
export class BadgeResolver {
  constructor(private readonly badgeService: BadgeService) {}

  @FieldResolver(() => [Badge], { description: 'Badges earned, oldest first, with the date earned.' })
  async badges(@Root() l: Loyalty, @Ctx() ctx: Context): Promise<Badge[]> {
    return (await ctx.loaders.badgesByCustomer.load(l.customerId)).map((b) => this.badgeService.view(b));
  }
}
