import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person's data export (owned by the customer subgraph); service contributes the `service` section. */
@ObjectType({ description: "One person's data export (owned by the customer subgraph); service answers its `service` section." })
@Directive('@key(fields: "customerId")')
export class DataExport {
  @Field(() => ID, { description: 'Whose data this is.' })
  customerId: string;
}
