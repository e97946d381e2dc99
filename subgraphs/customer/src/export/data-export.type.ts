import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';

/**
 * A person's data export (PIPL Art. 45), the entity each subgraph answers its section of: the customer
 * subgraph owns it (who, when, the `customer` section); loyalty, service and marketing contribute theirs
 * through the key. The sections are JSON documents whose shape README "Data export" describes.
 */
@ObjectType({
  description:
    "One person's data export (PIPL Art. 45): every section is a JSON document of that person's own data, unmasked, its lists complete up to 10,000 entries each (a longer list is cut and named in the section's `truncated`). Each export is audited (kind DATA_EXPORT). Shape: README \"Data export\".",
})
@Directive('@key(fields: "customerId")')
export class DataExport {
  @Field(() => ID, { description: 'Whose data this is (a merged id asked for answers its survivor, whose data includes what the merge brought).' })
  customerId: string;

  @Field(() => DateTimeISOResolver, { description: 'When the export was made (and audited).' })
  generatedAt: Date;

  @Field(() => Int, { description: 'The version of the documented shape of the sections (README "Data export"); 1.' })
  formatVersion: number;

  @Field(() => JSONObjectResolver, {
    description: 'The customer section: profile, identities, tags, consents and consent history, orders with lines and refunds, behaviour summary and events, lifecycle history, former (merged) ids.',
  })
  customer: Record<string, unknown>;
}
