import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

@ObjectType({ description: 'An achievement a customer earned (each badge once).' })
export class Badge {
  @Field({ description: 'Stable code, e.g. FIRST_ORDER, CHECK_IN_STREAK_7.' })
  code: string;

  @Field({ description: 'Display name in Chinese.' })
  nameZh: string;

  @Field({ description: 'Display name in English.' })
  nameEn: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was earned.' })
  earnedAt: Date;
}
