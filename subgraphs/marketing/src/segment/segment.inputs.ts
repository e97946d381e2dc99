import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { SegmentFact, SegmentOperator } from './segment.enums';

@InputType({ description: 'One comparison on a customer fact, e.g. RECENCY LTE "2", TAG HAS "母婴", LAST_ORDER MORE_THAN_DAYS_AGO days 30.' })
export class SegmentConditionInput {
  @Field(() => SegmentFact, { description: 'The fact to compare.' })
  fact: SegmentFact;

  @Field(() => SegmentOperator, { description: 'How to compare it.' })
  operator: SegmentOperator;

  @Field(() => String, { nullable: true, description: 'The value for EQ, NE, LT, LTE, GT, GTE and HAS: a score, a count, an amount ("199.00"), a name or a month.' })
  value?: string | null;

  @Field(() => [String], { nullable: true, description: 'The values for IN (1–20).' })
  values?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Days for MORE_THAN_DAYS_AGO and WITHIN_DAYS (1–3650).' })
  days?: number | null;
}

@InputType({ description: 'A segment rule: exactly one of `and`, `or`, `not` or `condition`; nests up to 6 levels with at most 50 conditions.' })
export class SegmentRuleInput {
  @Field(() => [SegmentRuleInput], { nullable: true, description: 'All of these rules hold (AND).' })
  and?: SegmentRuleInput[] | null;

  @Field(() => [SegmentRuleInput], { nullable: true, description: 'At least one of these rules holds (OR).' })
  or?: SegmentRuleInput[] | null;

  @Field(() => SegmentRuleInput, { nullable: true, description: 'This rule does not hold (NOT).' })
  not?: SegmentRuleInput | null;

  @Field(() => SegmentConditionInput, { nullable: true, description: 'A single comparison.' })
  condition?: SegmentConditionInput | null;
}

@InputType({ description: 'Create a segment, or change one (with `id`); its membership is computed at once and kept up to date from events.' })
export class SaveSegmentInput {
  @Field(() => ID, { nullable: true, description: 'The segment to change; omit to create one.' })
  id?: string | null;

  @Field({ description: 'A unique name (1–100 characters).' })
  @Length(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'What the segment is for (up to 500 characters).' })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @Field(() => SegmentRuleInput, { description: 'Who belongs to it.' })
  rule: SegmentRuleInput;
}
