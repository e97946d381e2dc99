import { ArgsType, Field, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { FeedbackGrouping, ReportPeriod } from './trend.type';

/** The range and grain every service trend takes. */
@ArgsType()
export class TrendRangeArgs {
  @Field(() => LocalDateResolver, { description: 'First day (Asia/Shanghai), inclusive.' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day (Asia/Shanghai), inclusive; at most 400 days after from.' })
  to: string;

  @Field(() => ReportPeriod, { defaultValue: ReportPeriod.MONTH, description: 'Per day, ISO week or month (default month).' })
  period: ReportPeriod;
}

/** A feedback trend (complaint or return reasons): the range and grain, per SKU or category, the top ones. */
@ArgsType()
export class FeedbackTrendArgs extends TrendRangeArgs {
  @Field(() => FeedbackGrouping, { defaultValue: FeedbackGrouping.CATEGORY, description: 'Per SKU or per product category (default category).' })
  by: FeedbackGrouping;

  @Field(() => Int, { defaultValue: 20, description: 'Only the SKUs or categories with the most over the whole range (1–100, default 20).' })
  top: number;
}
