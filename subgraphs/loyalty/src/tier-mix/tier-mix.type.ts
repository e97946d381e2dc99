import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType({ description: 'How many members hold one tier, and their share of all members counted.' })
export class TierShare {
  @Field(() => String, { description: 'Tier code (MEMBER, SILVER, …); a member with no tier change holds the base tier MEMBER.' })
  tier: string;

  @Field(() => Int, { description: 'Members holding it.' })
  customers: number;

  @Field(() => Float, { description: 'Share of all members counted, in percent (one decimal).' })
  percent: number;
}

@ObjectType({ description: 'The tier mix at the end of one calendar month (Asia/Shanghai).' })
export class TierMixMonth {
  @Field(() => LocalDateResolver, { description: 'First day of the month.' })
  month: string;

  @Field(() => Int, { description: 'Members counted at the month\'s end (registered by then, not merged into another).' })
  total: number;

  @Field(() => [TierShare], { description: 'Every tier of the tier table, lowest first (zeros included).' })
  tiers: TierShare[];
}
