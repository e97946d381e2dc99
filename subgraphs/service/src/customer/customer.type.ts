import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The shared Customer entity (owned by the customer subgraph); service contributes `tickets` and `returns`. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Customer {
  @Field(() => ID)
  id: string;
}
