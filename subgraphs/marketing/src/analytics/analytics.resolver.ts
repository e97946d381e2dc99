import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { ClvGrouping } from './analytics.enums';
import type { MarketingAnalyticsService } from './analytics.service';
import { CampaignRoi, ClvGroup } from './analytics.type';

@Resolver()
export class MarketingAnalyticsResolver {
  constructor(private readonly analytics: MarketingAnalyticsService) {}

  @Query(() => [CampaignRoi], {
    description:
      'ROI across campaigns over business days (Asia/Shanghai, at most 400): sends decided and attributed orders paid in the range, per campaign with any (marketers, admins).',
  })
  campaignRoi(
    @Arg('from', () => LocalDateResolver, { description: 'First business day, inclusive.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'Last business day, inclusive; at most 400 days after from.' }) to: string,
    @Ctx() ctx: Context,
    @Arg('channel', () => String, { nullable: true, description: 'Only campaigns on this message channel: SMS, PUSH, WECHAT or EMAIL.' }) channel?: string | null,
  ) {
    return this.analytics.campaignRoi(ctx.actor, from, to, channel);
  }

  @Query(() => [ClvGroup], { description: 'CLV distribution by saved segment or by loyalty tier, from the latest customer-value scores (staff).' })
  clvDistribution(@Arg('by', () => ClvGrouping, { description: 'Group by segment or by tier.' }) by: ClvGrouping, @Ctx() ctx: Context) {
    return this.analytics.clvDistribution(ctx.actor, by);
  }
}
