import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { AuditKind } from './audit.enums';

@InputType({ description: 'Which audit entries to list; every part optional, all given parts must hold.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Entries about this customer (for a merge, the survivor or the merged one).' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries made by this actor (the token subject, 1–200 characters).' })
  actorId?: string | null;

  @Field(() => [AuditKind], { nullable: true, description: 'Entries of these kinds only (1–8 kinds; omitted: every kind).' })
  kinds?: AuditKind[] | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Entries at or after this time.' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Entries before this time (after `from`).' })
  to?: Date | null;
}
