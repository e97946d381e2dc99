import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Channel, Gender } from './customer.enums';

/**
 * A member of the platform, the entity every subgraph extends. PII (phone, email) is resolved by
 * field resolvers that mask it unless the caller is the customer themself or an admin.
 */
@ObjectType({ description: 'A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores.' })
@Directive('@key(fields: "id")')
export class Customer {
  @Field(() => ID, { description: 'Stable customer id (UUID).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Display name.' })
  name: string | null;

  @Field(() => Gender, { description: 'Gender as stated by the customer.' })
  gender: Gender;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of birth (YYYY-MM-DD).' })
  birthday: string | null;

  @Field(() => String, { nullable: true, description: 'Region, e.g. a province or city code.' })
  region: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the customer registered.' })
  registeredAt: Date;

  @Field(() => Channel, { description: 'The channel the customer registered through.' })
  registrationChannel: Channel;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Last login, browse, search, cart or order activity.' })
  lastActiveAt: Date | null;
}
