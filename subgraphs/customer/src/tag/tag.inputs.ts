import { Field, InputType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { TagSource, TagType } from './tag.enums';

/** One tag to put on a customer; re-adding a tag the customer has updates its type, source and expiry. */
@InputType({ description: 'A tag to add; adding a tag the customer already has updates its type, source and expiry.' })
export class TagInput {
  @Field({ description: 'Tag name, 1–32 characters after trimming (Chinese allowed, e.g. 母婴). Compared after NFKC and case-insensitively: "Ｍｏｔｈｅｒ" and "mother" are one tag, which keeps the spelling it was first given.' })
  name: string;

  @Field(() => TagType, { description: 'What the tag describes.' })
  type: TagType;

  @Field(() => TagSource, { nullable: true, description: 'Who or what sets it; MANUAL when omitted.' })
  source?: TagSource | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the tag stops counting (must be in the future); omit for a tag that never expires.' })
  expiresAt?: Date | null;
}
