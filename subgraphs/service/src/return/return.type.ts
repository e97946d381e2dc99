import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { MoneyScalar, PageInfo } from '@member-graph/common/graphql';
import { ReturnStage } from './return.enums';

/** A return; `customer`, `lines`, `progress` and `survey` are field resolvers. */
@ObjectType({ description: 'A return (after-sales request) of lines of one order, with its stages and live progress.' })
@Directive('@key(fields: "id")')
export class ReturnRequest {
  @Field(() => ID, { description: 'Stable return id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The order whose lines are returned.' })
  orderId: string;

  @Field(() => ReturnStage, { description: 'The current stage.' })
  stage: string;

  @Field({ description: 'Why the customer returns the goods.' })
  reason: string;

  @Field(() => [String], { description: 'Photos of the goods (http(s) URLs).' })
  photoUrls: string[];

  /** Not exposed under this name: the `amount` field resolves it. */
  amountCents: number;

  @Field({ description: 'True when the auto-approval rule approved the return.' })
  autoApproved: boolean;

  @Field(() => String, { nullable: true, description: 'What decided: AUTO_APPROVAL, MANUAL_AMOUNT_OVER_TIER_LIMIT, MANUAL_RETURN_RATE (left to an agent) or AGENT_DECISION.' })
  decisionRule: string | null;

  @Field({ description: "True when return shipping is free: the return was opened while the customer's yearly free-return allowance (loyalty tier benefit freeReturnShipping, calendar year Asia/Shanghai) lasted. Beyond it returns are still accepted, not free." })
  freeReturn: boolean;

  @Field(() => String, { nullable: true, description: 'The courier of the parcel shipped back.' })
  courier: string | null;

  @Field(() => String, { nullable: true, description: 'The tracking number of the parcel shipped back.' })
  trackingNo: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the return was refunded.' })
  refundedAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When the return was opened.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the return last changed.' })
  updatedAt: Date;

  /** Not exposed: `customer` resolves it. */
  customerId: string;
}

@ObjectType({ description: 'One returned line.' })
export class ReturnLine {
  @Field({ description: 'The stock-keeping unit of the order line.' })
  sku: string;

  @Field(() => Int, { description: 'How many items come back.' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'This line\'s share of the refund.' })
  amount: number;
}

/** What a stage change of a return says, in its history (ReturnProgressEntry) and its live progress (ReturnProgressEvent); no field returns it, so the schema has no such type. */
@ObjectType()
export abstract class ReturnStageChange {
  @Field(() => ReturnStage, { description: 'The stage the return moved to.' })
  stage: string;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'A note (the auto-approval reason, the tracking number, a rejection reason…).' })
  note: string | null;
}

@ObjectType({ description: 'One stage change of a return, numbered per return from 1 (the REQUESTED row).' })
export class ReturnProgressEntry extends ReturnStageChange {
  @Field(() => Int, { description: 'Sequence number within the return (1, 2, 3… without gaps).' })
  seq: number;

  @Field(() => String, { nullable: true, description: 'The role of who made the change (customer, agent, admin, system).' })
  actorRole: string | null;
}

@ObjectType({ description: 'A return in a page.' })
export class ReturnRequestEdge {
  @Field(() => ReturnRequest, { description: 'The return.' })
  node: ReturnRequest;

  @Field({ description: 'Pass as `after` to read on from this return.' })
  cursor: string;
}

@ObjectType({ description: 'A page of returns, newest first.' })
export class ReturnRequestConnection {
  @Field(() => [ReturnRequestEdge], { description: 'The returns of this page with their cursors.' })
  edges: ReturnRequestEdge[];

  @Field(() => [ReturnRequest], { description: 'The returns of this page.' })
  nodes: ReturnRequest[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many returns the whole list holds (with the same filters), counted only when asked and for every list of a request at once.' })
  totalCount: number;
}
