import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { LifecycleCause, LifecycleStage } from './lifecycle.enums';

/** One move of a customer's lifecycle stage. */
@ObjectType({ description: 'One move of a customer\'s lifecycle stage, with when and why.' })
export class LifecycleTransition {
  @Field(() => LifecycleStage, { description: 'The stage before.' })
  from: LifecycleStage;

  @Field(() => LifecycleStage, { description: 'The stage after.' })
  to: LifecycleStage;

  @Field(() => LifecycleCause, { description: 'What moved it.' })
  cause: LifecycleCause;

  @Field(() => DateTimeISOResolver, { description: 'When it moved.' })
  at: Date;
}
