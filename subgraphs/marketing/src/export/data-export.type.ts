import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person's data export (owned by the customer subgraph); marketing contributes the `marketing` section. */
@ObjectType({ description: "One person's data export (owned by the customer subgraph); marketing answers its `marketing` section." })
@Directive('@key(fields: "customerId")')
export class DataExport {
  @Field(() => ID, { description: 'Whose data this is.' })
  customerId: string;
}
