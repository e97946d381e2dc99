import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BehaviourKind } from './behaviour.enums';

/** What recordBehaviour answers. */
@ObjectType({ description: 'The outcome of recording a batch of behaviour events.' })
export class RecordBehaviourResult {
  @Field(() => Int, { description: 'How many events were recorded.' })
  recorded: number;

  @Field(() => Int, { description: 'How many distinct customers they concern.' })
  customers: number;

  @Field(() => Int, { description: 'How many events were skipped because their clientEventId was recorded before (a retried batch).' })
  duplicates: number;
}

/** One recorded behaviour event. */
@ObjectType({ description: 'Something the customer did: a login, a product or category view, a search or an add-to-cart.' })
export class BehaviourEvent {
  @Field(() => BehaviourKind, { description: 'What they did.' })
  kind: BehaviourKind;

  @Field(() => DateTimeISOResolver, { description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'The product, if any.' })
  sku: string | null;

  @Field(() => String, { nullable: true, description: 'The category, if any.' })
  category: string | null;

  @Field(() => String, { nullable: true, description: 'The search text, for SEARCH events.' })
  query: string | null;
}
