import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** The grain of a service trend. */
export enum ReportPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ReportPeriod, {
  name: 'ReportPeriod',
  description: 'How a trend groups its figures (Asia/Shanghai dates).',
  valuesConfig: {
    DAY: { description: 'Per day.' },
    WEEK: { description: 'Per ISO week (starting Monday).' },
    MONTH: { description: 'Per calendar month.' },
  },
});

/** What product feedback is keyed by. */
export enum FeedbackGrouping {
  SKU = 'SKU',
  CATEGORY = 'CATEGORY',
}
registerEnumType(FeedbackGrouping, {
  name: 'FeedbackGrouping',
  description: 'What product feedback is counted per.',
  valuesConfig: {
    SKU: { description: 'Per SKU (with the SKU\'s product category).' },
    CATEGORY: { description: 'Per product category.' },
  },
});

@ObjectType({ description: 'Product feedback: how many complaints or returns of one period named one SKU or product category, for one reason.' })
export class ProductFeedback {
  @Field(() => LocalDateResolver, { description: 'First day of the period (Asia/Shanghai).' })
  periodStart: string;

  @Field(() => String, { nullable: true, description: 'The SKU (grouping SKU); null for complaints that name no order.' })
  sku: string | null;

  @Field(() => String, { nullable: true, description: 'The product category (of the SKU, with grouping SKU); null when the order line had none or no order is named.' })
  productCategory: string | null;

  @Field(() => String, {
    description: 'For complaints the complaint category (LOGISTICS_DELAY, PRODUCT_QUALITY, …, UNCATEGORISED); for returns the reason as the customer gave it (first 100 characters; digit runs of 7 or more and e-mail addresses masked as ***).',
  })
  reason: string;

  @Field(() => Int, { description: 'Complaints or returns (each counted once per SKU or category it names).' })
  count: number;

  @Field(() => Int, { nullable: true, description: 'Units returned (returns only).' })
  quantity: number | null;
}

@ObjectType({ description: 'SLA breaches in one period: targets missed in it, beside the tickets opened in it.' })
export class SlaBreaches {
  @Field(() => LocalDateResolver, { description: 'First day of the period (Asia/Shanghai).' })
  periodStart: string;

  @Field(() => Int, { description: 'Tickets opened in the period.' })
  ticketsOpened: number;

  @Field(() => Int, { description: 'First-response targets that passed unmet in the period.' })
  firstResponseBreaches: number;

  @Field(() => Int, { description: 'Resolution targets that passed unmet in the period.' })
  resolutionBreaches: number;
}
