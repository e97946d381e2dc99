import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

export enum TierChangeReason {
  UPGRADE = 'UPGRADE',
  DOWNGRADE = 'DOWNGRADE',
  RENEW = 'RENEW',
  MERGE = 'MERGE',
}
registerEnumType(TierChangeReason, {
  name: 'TierChangeReason',
  description: 'Why a tier changed: UPGRADE (threshold met), DOWNGRADE (period end after grace), RENEW (kept for another period), MERGE (adopted from a merged customer).',
});

@ObjectType({ description: 'What a tier gives its members.' })
export class TierBenefits {
  @Field(() => Float, { description: 'Order points are multiplied by this (1 = base rate).' })
  pointsMultiplier: number;

  @Field(() => Int, { description: 'Points granted once a year in the birthday month.' })
  birthdayGiftPoints: number;

  @Field(() => Float, { description: 'Extra multiplier on order points during the birthday month.' })
  birthdayMultiplier: number;

  @Field(() => Int, { description: 'Free return shipments per calendar year (Asia/Shanghai): the service subgraph makes that many returns free of shipping, then returns go on without it.' })
  freeReturnShipping: number;

  @Field(() => Int, { description: 'Service queue priority: higher is served first (0 = standard).' })
  servicePriority: number;

  @Field(() => ID, { nullable: true, description: 'The coupon template issued with the birthday gift pack (announced in loyalty.birthday_gift_granted); null: points only.' })
  birthdayCouponTemplateId?: string | null;
}

@ObjectType({ description: 'A membership tier, reached by growth value earned over the rolling window.' })
export class Tier {
  @Field({ description: 'Stable code, e.g. MEMBER, SILVER, GOLD, DIAMOND.' })
  code: string;

  @Field({ description: 'Display name in Chinese, e.g. 黄金会员.' })
  nameZh: string;

  @Field({ description: 'Display name in English, e.g. Gold.' })
  nameEn: string;

  @Field(() => Int, { description: 'Growth value needed in the rolling window.' })
  threshold: number;

  @Field(() => TierBenefits, { description: 'What the tier gives.' })
  benefits: TierBenefits;
}

@ObjectType({ description: 'Where a customer stands on the tier ladder.' })
export class TierProgress {
  @Field(() => Tier, { description: 'The current tier.' })
  current: Tier;

  @Field(() => Tier, { nullable: true, description: 'The next tier up (null at the top).' })
  next: Tier | null;

  @Field(() => Int, { description: 'Growth value earned in the rolling window.' })
  growth: number;

  @Field(() => Int, { description: 'Growth value still needed for the next tier (0 at the top).' })
  growthToNext: number;

  @Field(() => Int, { description: 'Growth value still needed by the review to keep the current tier.' })
  growthToKeep: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'End of the current tier\'s period (null for the base tier).' })
  validUntil: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the tier is reviewed: period end plus the grace period.' })
  reviewAt: Date | null;
}

@ObjectType({ description: 'One line of the tier history.' })
export class TierChange {
  @Field(() => String, { nullable: true, description: 'Tier before (null for the first line).' })
  from: string | null;

  @Field({ description: 'Tier after.' })
  to: string;

  @Field(() => TierChangeReason, { description: 'Why.' })
  reason: TierChangeReason;

  @Field(() => Int, { description: 'Growth value in the window at the time.' })
  growth: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'End of the period that started here.' })
  validUntil: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  changedAt: Date;
}
