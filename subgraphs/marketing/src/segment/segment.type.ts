import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';
import { Customer } from '../customer/customer.type';
import { MembershipCause } from './segment.enums';
import type { Rule } from './segment.rules';

@ObjectType({ description: 'A saved group of customers defined by a rule over their facts; membership follows the facts as they change.' })
export class Segment {
  @Field(() => ID, { description: 'Stable segment id.' })
  id: string;

  @Field({ description: 'Unique name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the segment is for.' })
  description: string | null;

  @Field({ description: 'The rule in words, e.g. RECENCY ≤ 2 AND TAG HAS "母婴" AND CONSENT HAS SMS.' })
  ruleText: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When its rule or name last changed.' })
  updatedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was archived (archived segments have no members).' })
  archivedAt: Date | null;

  /** The stored rule tree (exposed as JSON by a field resolver). */
  rule: Rule;
}

@ObjectType({ description: 'What a rule would select right now, without saving anything.' })
export class SegmentPreview {
  @Field(() => Int, { description: 'How many customers match.' })
  count: number;

  @Field(() => [Customer], { description: 'Some of them (up to 10), by id.' })
  sample: Customer[];

  @Field({ description: 'The rule in words.' })
  ruleText: string;
}

@ObjectType({ description: 'A segment a customer belongs to, and since when.' })
export class SegmentMembership {
  @Field(() => Segment, { description: 'The segment.' })
  segment: Segment;

  @Field(() => DateTimeISOResolver, { description: 'When the customer joined it.' })
  since: Date;
}

@ObjectType({ description: 'One join or leave of a segment by a customer.' })
export class SegmentChange {
  @Field(() => ID, { description: 'The segment.' })
  segmentId: string;

  @Field(() => String, { nullable: true, description: 'The segment\'s name (null when it no longer exists).' })
  segmentName: string | null;

  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field({ description: 'True for a join, false for a leave.' })
  joined: boolean;

  @Field(() => MembershipCause, { description: 'Why it was evaluated.' })
  cause: MembershipCause;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;
}

@ObjectType({ description: 'A page of a segment\'s members, by customer id (Relay connection).' })
export class SegmentMemberConnection {
  @Field(() => [Customer], { description: 'The customers of this page.' })
  nodes: Customer[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many members the segment has in all.' })
  totalCount: number;
}
