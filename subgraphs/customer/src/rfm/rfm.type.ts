import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** RFM scores of a customer (quintiles over all customers with orders). */
@ObjectType({ description: 'Recency, frequency and monetary scores, 1 (lowest fifth of customers with orders) to 5 (highest fifth), refreshed daily.' })
export class RfmScores {
  @Field(() => Int, { description: 'Recency: 5 for the customers who ordered most recently, 1 for the longest ago.' })
  recency: number;

  @Field(() => Int, { description: 'Frequency: by number of orders (fully refunded ones not counted).' })
  frequency: number;

  @Field(() => Int, { description: 'Monetary: by total spent net of refunds.' })
  monetary: number;

  @Field(() => DateTimeISOResolver, { description: 'When the refresh that produced these scores ran.' })
  computedAt: Date;
}

/** What refreshRfm answers. */
@ObjectType({ description: 'The outcome of an RFM and lifecycle refresh.' })
export class RfmRefreshResult {
  @Field(() => DateTimeISOResolver, { description: 'The time the scores and stages were computed for.' })
  computedAt: Date;

  @Field(() => Int, { description: 'Active customers that now hold RFM scores (those with at least one order).' })
  scoredCustomers: number;

  @Field(() => Int, { description: 'Customers whose RFM scores changed in this refresh.' })
  rfmChanged: number;

  @Field(() => Int, { description: 'Customers whose lifecycle stage changed in this refresh.' })
  lifecycleChanged: number;
}
