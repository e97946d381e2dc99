import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';
import { AuditKind } from './audit.enums';

@ObjectType({ description: 'One entry of the audit trail: what happened to whose data, who did it, when; no personal data (README "Audit trail").' })
export class AuditEntry {
  @Field(() => ID, { description: 'The entry, as `<kind>:<id of the audit row>`.' })
  id: string;

  @Field(() => AuditKind, { description: 'What happened.' })
  kind: AuditKind;

  @Field(() => ID, { description: 'Whose data (for a merge: the survivor).' })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'The other customer the entry names: for a merge, the customer merged into `customerId`.' })
  relatedCustomerId: string | null;

  @Field(() => String, { nullable: true, description: 'Who did it (the token subject; null for a change no signed-in caller made).' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Their role at the time.' })
  actorRole: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The reason staff gave (merges, unmerges, erasures, identity unlinks; written without personal data).' })
  reason: string | null;

  @Field(() => JSONObjectResolver, {
    description:
      'What the entry is about, without personal data, by kind: MERGE {mergedId}, ERASURE {formerIds}, DATA_EXPORT {}, PII_REVEAL {field}, CONSENT_CHANGE {channel, purpose, granted, source}, PROFILE_CHANGE {fields}, IDENTITY_UNLINK {identityType, appId}, UNMERGE {mergeId, restoredId}.',
  })
  detail: Record<string, unknown>;
}

@ObjectType({ description: 'An audit entry in a page, with the cursor to continue after it.' })
export class AuditEntryEdge {
  @Field({ description: 'Pass as `after` to continue after this entry.' })
  cursor: string;

  @Field(() => AuditEntry, { description: 'The entry.' })
  node: AuditEntry;
}

@ObjectType({ description: 'A page of the audit trail, newest first (Relay cursor connection).' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries of this page with their cursors.' })
  edges: AuditEntryEdge[];

  @Field(() => [AuditEntry], { description: 'The entries of this page (without cursors).' })
  nodes: AuditEntry[];

  @Field(() => PageInfo, { description: 'Where this page sits in the trail.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many entries match the filter in all, counted only when asked.' })
  totalCount: number;
}
