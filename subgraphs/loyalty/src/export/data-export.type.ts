import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person's data export (owned by the customer subgraph); loyalty contributes the `loyalty` section. */
@ObjectType({ description: "One person's data export (owned by the customer subgraph); loyalty answers its `loyalty` section." })
@Directive('@key(fields: "customerId")')
export class DataExport {
  @Field(() => ID, { description: 'Whose data this is.' })
  customerId: string;
}
