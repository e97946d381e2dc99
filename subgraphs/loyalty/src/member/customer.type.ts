import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The shared Customer entity (owned by the customer subgraph); loyalty only contributes `loyalty`. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Customer {
  @Field(() => ID)
  id: string;
}
