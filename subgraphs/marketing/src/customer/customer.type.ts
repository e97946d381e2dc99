import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The shared Customer entity (owned by the customer subgraph); marketing contributes coupons, segments and recommendations. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Customer {
  @Field(() => ID)
  id: string;
}
