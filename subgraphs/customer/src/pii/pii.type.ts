import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';

/** The PII fields whose unmasked reads by staff are audited. */
export enum PiiField {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}
registerEnumType(PiiField, { name: 'PiiField', description: 'A personal-information field shown masked unless the caller may see it.' });

@ObjectType({ description: "One time a staff member was shown a customer's PII unmasked (an admin, or staff holding the pii:reveal scope)." })
export class PiiReveal {
  @Field(() => PiiField, { description: 'Which field was shown.' })
  field: PiiField;

  @Field({ description: 'Who saw it (the token subject).' })
  actorId: string;

  @Field({ description: 'Their role at the time.' })
  actorRole: string;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;
}

@ObjectType({ description: 'A reveal in a page, with the cursor to continue after it.' })
export class PiiRevealEdge {
  @Field({ description: 'Pass as `after` to continue after this reveal.' })
  cursor: string;

  @Field(() => PiiReveal, { description: 'The reveal.' })
  node: PiiReveal;
}

@ObjectType({ description: "A page of a customer's PII reveals, newest first (Relay cursor connection)." })
export class PiiRevealConnection {
  @Field(() => [PiiRevealEdge], { description: 'The reveals of this page with their cursors.' })
  edges: PiiRevealEdge[];

  @Field(() => [PiiReveal], { description: 'The reveals of this page (without cursors).' })
  nodes: PiiReveal[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many reveals of this customer there are in all, counted only when asked.' })
  totalCount: number;
}
