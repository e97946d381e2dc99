import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Min } from 'class-validator';

@InputType({ description: 'What a tier gives (ranges are checked: BAD_USER_INPUT names the field).' })
export class TierBenefitsInput {
  @Field(() => Float, { description: 'Order points multiplier, 0.1–10.' })
  pointsMultiplier: number;

  @Field(() => Int, { description: 'Birthday gift points, 0–100,000.' })
  birthdayGiftPoints: number;

  @Field(() => Float, { description: 'Birthday-month multiplier on order points, 1–10.' })
  birthdayMultiplier: number;

  @Field(() => Int, { description: 'Free return shipments per calendar year, 0–50.' })
  freeReturnShipping: number;

  @Field(() => Int, { description: 'Service queue priority, 0–10.' })
  servicePriority: number;

  @Field(() => ID, { nullable: true, description: 'Coupon template (UUID) of the birthday gift pack; null for points only.' })
  birthdayCouponTemplateId?: string | null;
}

@InputType({ description: 'One tier: UPPER_SNAKE code (2–32), names of 1–32 characters, a growth threshold (the first 0, then strictly increasing).' })
export class TierInput {
  @Field({ description: 'Stable code; a tier in force cannot be removed.' })
  code: string;

  @Field({ description: 'Display name in Chinese.' })
  nameZh: string;

  @Field({ description: 'Display name in English.' })
  nameEn: string;

  @Field(() => Int, { description: 'Growth value needed in the rolling window, 0–100,000,000.' })
  threshold: number;

  @Field(() => TierBenefitsInput, { description: 'What the tier gives.' })
  benefits: TierBenefitsInput;
}

@InputType({ description: 'One badge rule: UPPER_SNAKE code (unique), names, a metric and a threshold 1–1,000,000.' })
export class BadgeRuleInput {
  @Field({ description: 'Stable code.' })
  code: string;

  @Field({ description: 'Display name in Chinese.' })
  nameZh: string;

  @Field({ description: 'Display name in English.' })
  nameEn: string;

  @Field({ description: 'orders, checkInStreak, reviews, shares or referrals.' })
  metric: string;

  @Field(() => Int, { description: 'The count that earns the badge.' })
  threshold: number;
}

@InputType({ description: 'Earning rates, each 0–100 per yuan.' })
export class EarningRulesInput {
  @Field(() => Float, { description: 'Base points per yuan.' })
  pointsPerYuan: number;

  @Field(() => Float, { description: 'Growth value per yuan.' })
  growthPerYuan: number;
}

@InputType({ description: 'The whole programme as it should be from now on (a new version), and why.' })
export class UpdateLoyaltyProgrammeInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited; if another is in force by now: PROGRAMME_VERSION_CONFLICT, nothing saved.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;

  @Field({ description: 'Why (1–200 characters), kept in the history.' })
  @Length(1, 200)
  reason: string;

  @Field(() => [TierInput], { description: '1–10 tiers, lowest first.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  tiers: TierInput[];

  @Field(() => [BadgeRuleInput], { description: 'Up to 50 badge rules.' })
  @ArrayMaxSize(50)
  badges: BadgeRuleInput[];

  @Field(() => EarningRulesInput, { description: 'Earning rates.' })
  earning: EarningRulesInput;
}
