import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { SatisfactionStats } from '../satisfaction/survey.type';
import type { SurveyService } from '../satisfaction/survey.service';
import type { TrendService } from './trend.service';
import { FeedbackGrouping, ProductFeedback, ReportPeriod, SlaBreaches } from './trend.type';

const FROM = { description: 'First day (Asia/Shanghai), inclusive.' };
const TO = { description: 'Last day (Asia/Shanghai), inclusive; at most 400 days after from.' };
const PERIOD = { defaultValue: ReportPeriod.MONTH, description: 'Per day, ISO week or month (default month).' };
const BY = { defaultValue: FeedbackGrouping.CATEGORY, description: 'Per SKU or per product category (default category).' };
const TOP = { defaultValue: 20, description: 'Only the SKUs or categories with the most over the whole range (1–100, default 20).' };

/** The service trends: one range (from, to), one grain (period) for each. */
@Resolver()
export class TrendResolver {
  constructor(
    private readonly trends: TrendService,
    private readonly surveys: SurveyService,
  ) {}

  @Query(() => [ProductFeedback], { description: 'Complaint categories per period and SKU or product category of the order each complaint names (staff).' })
  complaintReasons(
    @Arg('from', () => LocalDateResolver, FROM) from: string,
    @Arg('to', () => LocalDateResolver, TO) to: string,
    @Arg('period', () => ReportPeriod, PERIOD) period: ReportPeriod,
    @Arg('by', () => FeedbackGrouping, BY) by: FeedbackGrouping,
    @Arg('top', () => Int, TOP) top: number,
    @Ctx() ctx: Context,
  ) {
    return this.trends.complaints(ctx.actor, { from, to, period, by, top });
  }

  @Query(() => [ProductFeedback], { description: 'Return reasons per period and SKU or product category of the returned lines (staff).' })
  returnReasons(
    @Arg('from', () => LocalDateResolver, FROM) from: string,
    @Arg('to', () => LocalDateResolver, TO) to: string,
    @Arg('period', () => ReportPeriod, PERIOD) period: ReportPeriod,
    @Arg('by', () => FeedbackGrouping, BY) by: FeedbackGrouping,
    @Arg('top', () => Int, TOP) top: number,
    @Ctx() ctx: Context,
  ) {
    return this.trends.returns(ctx.actor, { from, to, period, by, top });
  }

  @Query(() => [SlaBreaches], { description: 'Tickets opened and SLA targets breached in every period of the range (staff).' })
  slaBreaches(
    @Arg('from', () => LocalDateResolver, FROM) from: string,
    @Arg('to', () => LocalDateResolver, TO) to: string,
    @Arg('period', () => ReportPeriod, PERIOD) period: ReportPeriod,
    @Ctx() ctx: Context,
  ) {
    return this.trends.slaBreaches(ctx.actor, { from, to, period });
  }

  @Query(() => [SatisfactionStats], { description: 'CSAT, NPS and CES in every period of the range; a period without answers has zeros and null averages (staff).' })
  satisfactionTrend(
    @Arg('from', () => LocalDateResolver, FROM) from: string,
    @Arg('to', () => LocalDateResolver, TO) to: string,
    @Arg('period', () => ReportPeriod, PERIOD) period: ReportPeriod,
    @Ctx() ctx: Context,
  ) {
    return this.surveys.trend(ctx.actor, { from, to, period });
  }
}
