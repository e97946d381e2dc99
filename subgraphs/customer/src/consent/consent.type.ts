import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ConsentChannel, ConsentPurpose, ConsentSource } from './consent.enums';

/** The current consent for one channel × purpose. */
@ObjectType({ description: 'Whether the customer currently agrees to be contacted on a channel for a purpose. Never given counts as not granted.' })
export class Consent {
  @Field(() => ConsentChannel, { description: 'The channel.' })
  channel: ConsentChannel;

  @Field(() => ConsentPurpose, { description: 'The purpose.' })
  purpose: ConsentPurpose;

  @Field({ description: 'True when contact on this channel for this purpose is allowed.' })
  granted: boolean;

  @Field(() => ConsentSource, { nullable: true, description: 'Where the last decision was captured; null when never given.' })
  source: ConsentSource | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the last decision was made; null when never given.' })
  at: Date | null;
}

/** One recorded consent decision. */
@ObjectType({ description: 'One consent decision as recorded: a grant or a withdrawal, with where, when and by whom.' })
export class ConsentChange {
  @Field(() => ConsentChannel, { description: 'The channel.' })
  channel: ConsentChannel;

  @Field(() => ConsentPurpose, { description: 'The purpose.' })
  purpose: ConsentPurpose;

  @Field({ description: 'True for a grant, false for a withdrawal.' })
  granted: boolean;

  @Field(() => ConsentSource, { description: 'Where the decision was captured.' })
  source: ConsentSource;

  @Field(() => DateTimeISOResolver, { description: 'When the decision was made.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The role of who recorded it (customer, agent, admin, system); null when carried over from an import or merge without one.' })
  actorRole: string | null;
}
