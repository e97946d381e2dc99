import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@member-graph/common/graphql';
import { MessageChannel } from '../campaign/campaign.enums';

@ObjectType({
  description:
    'One campaign\'s results over a range of business days (Asia/Shanghai): messages decided in the range, orders attributed to the campaign paid in the range.',
})
export class CampaignRoi {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId: string;

  @Field({ description: 'The campaign\'s name.' })
  name: string;

  @Field(() => MessageChannel, { description: 'The campaign\'s channel.' })
  channel: MessageChannel;

  @Field(() => Int, { description: 'Messages sent in the range.' })
  sent: number;

  @Field(() => Int, { description: 'Customers held out (sent nothing) in the range.' })
  heldOut: number;

  @Field(() => Int, { description: 'Customers of the variants with at least one attributed order (the holdout\'s are not counted).' })
  conversions: number;

  @Field(() => MoneyScalar, { name: 'revenue', description: 'Attributed order revenue of the variants.' })
  revenueCents: number;

  @Field(() => MoneyScalar, { name: 'incrementalRevenue', nullable: true, description: 'Revenue above what the holdout\'s revenue per member predicts (null without a holdout in the range).' })
  incrementalRevenueCents: number | null;

  @Field(() => MoneyScalar, { name: 'cost', description: 'Messages sent (attempted, delivered or not) × cost per message.' })
  costCents: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'ROI as in the campaign\'s A/B report: (incremental revenue − cost) / cost; null without a holdout or without cost. Its bases are deliberate: cost is every attempted message (each is paid, delivered or not), and incremental revenue compares the whole arms with the holdout, so messages that never arrived lower the ROI. Rates of the messages themselves (openRate, clickRate, conversionRate, costPerDelivered) are taken over delivered messages.',
  })
  roi: number | null;

  @Field(() => Float, { nullable: true, description: '(Attributed revenue − cost) / cost, for campaigns without a holdout too; null without cost.' })
  attributedRoi: number | null;

  @Field(() => Int, { description: 'Of the messages sent in the range, how many the channel reported delivered (delivery receipts at any time; OPENED and CLICKED imply it).' })
  delivered: number;

  @Field(() => Int, { description: 'Of the messages sent in the range, how many were reported opened (or clicked).' })
  opened: number;

  @Field(() => Int, { description: 'Of the messages sent in the range, how many were reported clicked.' })
  clicked: number;

  @Field(() => Float, { nullable: true, description: 'delivered / sent (null when nothing was sent).' })
  deliveryRate: number | null;

  @Field(() => Float, { nullable: true, description: 'opened / delivered: over the messages that arrived, not the ones attempted (null when none was reported delivered).' })
  openRate: number | null;

  @Field(() => Float, { nullable: true, description: 'clicked / delivered (null when none was reported delivered).' })
  clickRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Converted customers whose message was reported delivered / delivered messages: the conversion rate over messages that arrived (null when none was reported delivered).',
  })
  conversionRate: number | null;

  @Field(() => MoneyScalar, {
    name: 'costPerDelivered',
    nullable: true,
    description: 'cost / delivered: what one message that arrived cost, since every attempt is paid (null when none was reported delivered).',
  })
  costPerDeliveredCents: number | null;
}

@ObjectType({ description: 'The CLV distribution of one segment or tier, over the customer-value scores marketing last heard (customer.value_changed).' })
export class ClvGroup {
  @Field({ description: 'The group: the segment id, or the tier code.' })
  key: string;

  @Field({ description: 'The segment\'s name, or the tier code.' })
  name: string;

  @Field(() => Int, { description: 'Customers in the group.' })
  customers: number;

  @Field(() => Int, { description: 'Of those, customers with a value score (scored by a model fit).' })
  scoredCustomers: number;

  @Field(() => MoneyScalar, { name: 'averageClv', nullable: true, description: 'Average 365-day CLV (10 % a year discount) of the scored customers; null when none is scored.' })
  averageClvCents: number | null;

  @Field(() => MoneyScalar, { name: 'totalClv', description: 'Sum of the scored customers\' 365-day CLV.' })
  totalClvCents: number;

  @Field(() => Float, { nullable: true, description: 'Average churn probability (0–1) of the scored customers; null when none is scored.' })
  averageChurnProbability: number | null;

  @Field(() => [Int], { description: 'Scored customers per CLV decile over all customers: ten counts, decile 1 (least valuable) first.' })
  deciles: number[];
}
