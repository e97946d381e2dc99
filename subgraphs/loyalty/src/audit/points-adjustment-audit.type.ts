import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';

@ObjectType({ description: "One staff adjustment of a customer's points (an ADJUST line of the ledger), as the audit trail shows it." })
export class PointsAdjustment {
  @Field(() => ID, { description: 'The ledger line id.' })
  id: string;

  @Field(() => ID, { description: 'Whose points.' })
  customerId: string;

  @Field(() => Int, { description: 'Signed number of points added (positive) or taken (negative).' })
  points: number;

  @Field(() => Int, { description: 'The balance right after it.' })
  balanceAfter: number;

  @Field({ description: 'The reason code (MANUAL unless given).' })
  reasonCode: string;

  @Field(() => String, { nullable: true, description: 'The reason the admin gave.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Who adjusted (the token subject).' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Their role at the time.' })
  actorRole: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;
}

@ObjectType({ description: 'A points adjustment in a page, with the cursor to continue after it.' })
export class PointsAdjustmentEdge {
  @Field({ description: 'Pass as `after` to continue after this adjustment.' })
  cursor: string;

  @Field(() => PointsAdjustment, { description: 'The adjustment.' })
  node: PointsAdjustment;
}

@ObjectType({ description: 'A page of points adjustments, newest first (Relay cursor connection).' })
export class PointsAdjustmentConnection {
  @Field(() => [PointsAdjustmentEdge], { description: 'The adjustments of this page with their cursors.' })
  edges: PointsAdjustmentEdge[];

  @Field(() => [PointsAdjustment], { description: 'The adjustments of this page (without cursors).' })
  nodes: PointsAdjustment[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many adjustments match the filter in all, counted only when asked.' })
  totalCount: number;
}

@InputType({ description: 'Which points adjustments to list; every part optional, all given parts must hold.' })
export class PointsAdjustmentFilter {
  @Field(() => ID, { nullable: true, description: 'Adjustments of this customer.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Adjustments made by this actor (the token subject, 1–200 characters).' })
  actorId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Adjustments at or after this time.' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Adjustments before this time (after `from`).' })
  to?: Date | null;
}
