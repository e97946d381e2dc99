import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { SatisfactionStats } from '../satisfaction/survey.type';
import type { SurveyService } from '../satisfaction/survey.service';
import type { TrendService } from './trend.service';
import { FeedbackTrendArgs, TrendRangeArgs } from './trend.inputs';
import { ProductFeedback, SlaBreaches } from './trend.type';

/** The service trends: one range (from, to), one grain (period) for each. */
@Resolver()
export class TrendResolver {
  constructor(
    private readonly trends: TrendService,
    private readonly surveys: SurveyService,
  ) {}

  @Query(() => [ProductFeedback], { description: 'Complaint categories per period and SKU or product category of the order each complaint names (staff).' })
  complaintReasons(@Args(() => FeedbackTrendArgs) { from, to, period, by, top }: FeedbackTrendArgs, @Ctx() ctx: Context) {
    return this.trends.complaints(ctx.actor, { from, to, period, by, top });
  }

  @Query(() => [ProductFeedback], { description: 'Return reasons per period and SKU or product category of the returned lines (staff).' })
  returnReasons(@Args(() => FeedbackTrendArgs) { from, to, period, by, top }: FeedbackTrendArgs, @Ctx() ctx: Context) {
    return this.trends.returns(ctx.actor, { from, to, period, by, top });
  }

  @Query(() => [SlaBreaches], { description: 'Tickets opened and SLA targets breached in every period of the range (staff).' })
  slaBreaches(@Args(() => TrendRangeArgs) { from, to, period }: TrendRangeArgs, @Ctx() ctx: Context) {
    return this.trends.slaBreaches(ctx.actor, { from, to, period });
  }

  @Query(() => [SatisfactionStats], { description: 'CSAT, NPS and CES in every period of the range; a period without answers has zeros and null averages (staff).' })
  satisfactionTrend(@Args(() => TrendRangeArgs) { from, to, period }: TrendRangeArgs, @Ctx() ctx: Context) {
    return this.surveys.trend(ctx.actor, { from, to, period });
  }
}
