import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BehaviourKind } from './behaviour.enums';

/** One behaviour fact from an app, mini-program or web tracker. */
@InputType({ description: 'One thing a customer did. SEARCH needs `query`, ADD_TO_CART needs `sku`, BROWSE needs `sku` or `category`.' })
export class BehaviourEventInput {
  @Field(() => ID, { description: 'The customer who did it (a merged id is recorded on the survivor).' })
  customerId: string;

  @Field(() => BehaviourKind, { description: 'What they did.' })
  kind: BehaviourKind;

  @Field(() => DateTimeISOResolver, { description: 'When it happened (at most 5 minutes in the future).' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'The product (up to 64 characters).' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'The product category (up to 64 characters).' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'The search text (up to 200 characters); kept with the event, never put on the bus.' })
  query?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The tracker's own id of this event (1–64 characters, unique, e.g. a UUID made on the device): an event whose id was recorded before is skipped, so a retried batch counts once.",
  })
  clientEventId?: string | null;
}
