import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Tier } from '../tier/tier.type';

@ObjectType({ description: 'A badge rule: earned once when the metric reaches the threshold.' })
export class BadgeRule {
  @Field({ description: 'Stable code, e.g. FIRST_ORDER.' })
  code: string;

  @Field({ description: 'Display name in Chinese.' })
  nameZh: string;

  @Field({ description: 'Display name in English.' })
  nameEn: string;

  @Field({ description: 'What is counted: orders, checkInStreak, reviews, shares or referrals.' })
  metric: string;

  @Field(() => Int, { description: 'The count that earns the badge.' })
  threshold: number;
}

@ObjectType({ description: 'How orders earn: base rates before the tier multiplier.' })
export class EarningRules {
  @Field(() => Float, { description: 'Base points per yuan paid (fractions of points are dropped).' })
  pointsPerYuan: number;

  @Field(() => Float, { description: 'Growth value per yuan paid.' })
  growthPerYuan: number;
}

@ObjectType({ description: 'The loyalty programme kept as data: tiers with their benefits, earning rules and badges.' })
export class LoyaltyProgramme {
  @Field(() => [Tier], { description: 'The tier table, lowest (base, threshold 0) first.' })
  tiers: Tier[];

  @Field(() => [BadgeRule], { description: 'The badge rules.' })
  badges: BadgeRule[];

  @Field(() => EarningRules, { description: 'The earning rates.' })
  earning: EarningRules;
}

@ObjectType({ description: 'One version of the loyalty programme: every change is a new version, with who made it, when and why.' })
export class LoyaltyProgrammeVersion {
  @Field(() => Int, { description: 'Version number, 1 (seeded from the environment settings) upwards; the highest is in force.' })
  version: number;

  @Field(() => LoyaltyProgramme, { name: 'programme', description: 'The programme of this version.' })
  config: LoyaltyProgramme;

  @Field({ description: 'Who saved it (staff id; loyalty-settings for the seed).' })
  actorId: string;

  @Field({ description: 'The role they acted in.' })
  actorRole: string;

  @Field({ description: 'Why it was changed.' })
  reason: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was saved (and took effect).' })
  createdAt: Date;
}
