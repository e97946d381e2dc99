import { Field, InputType, Int } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Channel } from '../customer/customer.enums';
import { LifecycleStage } from '../rfm/lifecycle.enums';

/** An inclusive range of scores 1..5; omit a bound to leave it open. */
@InputType({ description: 'An inclusive range of scores from 1 to 5; omit min or max to leave that end open.' })
export class ScoreRangeInput {
  @Field(() => Int, { nullable: true, description: 'Lowest score (1–5).' })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest score (1–5), not below min.' })
  max?: number | null;
}

/** Which customers to list; every given criterion must hold (AND), an empty list means no constraint. */
@InputType({ description: 'Which customers to list. Every criterion given must hold; omitted or empty criteria do not constrain.' })
export class CustomerFilterInput {
  @Field(() => [String], { nullable: true, description: 'Customers who have all of these tags (expired tags do not count); up to 20.' })
  tagsAll?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers who have at least one of these tags (expired tags do not count); up to 20.' })
  tagsAny?: string[] | null;

  @Field(() => ScoreRangeInput, { nullable: true, description: 'Recency score range (customers without scores never match).' })
  recency?: ScoreRangeInput | null;

  @Field(() => ScoreRangeInput, { nullable: true, description: 'Frequency score range (customers without scores never match).' })
  frequency?: ScoreRangeInput | null;

  @Field(() => ScoreRangeInput, { nullable: true, description: 'Monetary score range (customers without scores never match).' })
  monetary?: ScoreRangeInput | null;

  @Field(() => [LifecycleStage], { nullable: true, description: 'Customers in any of these lifecycle stages.' })
  lifecycleStages?: LifecycleStage[] | null;

  @Field(() => [Channel], { nullable: true, description: 'Customers who registered through any of these channels.' })
  registrationChannels?: Channel[] | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Registered at or after this time.' })
  registeredFrom?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Registered at or before this time (not before registeredFrom).' })
  registeredTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Text search (1–64 characters): name contains it, or, when it is 4+ digits, the phone equals or ends with them (e.g. the last 4 digits).' })
  search?: string | null;
}
