import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { TagSource, TagType } from './tag.enums';

/** An effective (not expired) tag of a customer. */
@ObjectType({ description: 'A label on a customer, used to find and target customers (e.g. 母婴). Only tags that have not expired are shown.' })
export class Tag {
  @Field({ description: 'The tag name (1–32 characters, unique per customer).' })
  name: string;

  @Field(() => TagType, { description: 'What the tag describes.' })
  type: TagType;

  @Field(() => TagSource, { description: 'Who or what set the tag.' })
  source: TagSource;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the tag stops counting; null for a tag that never expires.' })
  expiresAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When the tag was put on the customer.' })
  taggedAt: Date;
}
