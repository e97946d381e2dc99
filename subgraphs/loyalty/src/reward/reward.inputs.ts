import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { RewardKind } from './reward.type';

const KEY = /^[A-Za-z0-9_.:-]+$/;

@InputType({ description: 'The price ratio of one tier: its members pay the list price times the ratio (rounded up to a whole point).' })
export class RewardTierRatioInput {
  @Field({ description: 'A tier code of the tier table (loyaltyTiers), e.g. GOLD.' })
  @Length(1, 40)
  tier: string;

  @Field(() => Float, { description: 'The share of the list price this tier pays: 0.01–1, at most two decimals (0.8 = 80%).' })
  ratio: number;
}

@InputType({ description: 'A new reward of the catalogue (admins only).' })
export class CreateRewardInput {
  @Field({ description: 'The name members see (1–100 characters).' })
  @Length(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'What members get, in a few words (at most 1000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;

  @Field(() => RewardKind, { description: 'What the reward gives.' })
  kind: RewardKind;

  @Field(() => ID, { nullable: true, description: 'The marketing coupon template a COUPON_TEMPLATE reward issues from (required for that kind, refused for others).' })
  @IsOptional()
  @IsUUID()
  couponTemplateId?: string | null;

  @Field(() => Int, { description: 'The list price in points (1–10,000,000).' })
  @Min(1)
  @Max(10_000_000)
  pointsPrice: number;

  @Field(() => [RewardTierRatioInput], { nullable: true, description: 'Price ratios per tier (at most 20; each tier once); tiers without one pay the list price.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  tierRatios?: RewardTierRatioInput[] | null;

  @Field(() => Int, { nullable: true, description: 'How many can be exchanged in all (0–10,000,000); null or left out: unlimited.' })
  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  stock?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether members can exchange it (default true).' })
  active?: boolean | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Exchangeable from (inclusive); null: already.' })
  validFrom?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Exchangeable until (exclusive); null: no end.' })
  validUntil?: Date | null;
}

@InputType({ description: 'An edit of a reward (admins only): fields left out stay as they are; an explicit null clears description, stock (unlimited), validFrom and validUntil. Its kind cannot change.' })
export class UpdateRewardInput {
  @Field(() => ID, { description: 'The reward.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The name members see (1–100 characters).' })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What members get (at most 1000 characters; null clears it).' })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Another coupon template (COUPON_TEMPLATE rewards only).' })
  @IsOptional()
  @IsUUID()
  couponTemplateId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The list price in points (1–10,000,000); exchanges made keep what they paid.' })
  @IsOptional()
  @Min(1)
  @Max(10_000_000)
  pointsPrice?: number | null;

  @Field(() => [RewardTierRatioInput], { nullable: true, description: 'Replaces every tier ratio (at most 20; an empty list: every tier pays the list price).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  tierRatios?: RewardTierRatioInput[] | null;

  @Field(() => Int, { nullable: true, description: 'How many can be exchanged in all, never below what was already exchanged; null: unlimited.' })
  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  stock?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the reward (members no longer see or exchange it); true activates it again.' })
  active?: boolean | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Exchangeable from (inclusive); null: already.' })
  validFrom?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Exchangeable until (exclusive); null: no end.' })
  validUntil?: Date | null;
}

@InputType({ description: 'Exchange points for a reward (the signed-in member).' })
export class ExchangeRewardInput {
  @Field(() => ID, { description: 'The reward.' })
  rewardId: string;

  @Field({ description: 'Required. Repeating a key returns the stored exchange; reusing it for another reward is IDEMPOTENCY_KEY_REUSED.' })
  @Length(1, 128)
  @Matches(KEY, { message: 'idempotencyKey may hold letters, digits, _ . : -' })
  idempotencyKey: string;
}
