import { Field, ID, InputType, Int } from 'type-graphql';
import { ReturnStage } from './return.enums';

@InputType({ description: 'One line to return: an order line\'s sku and how many of its items.' })
export class ReturnLineInput {
  @Field({ description: 'The sku of the order line.' })
  sku: string;

  @Field(() => Int, { description: 'How many items (at most what was ordered less what other returns hold).' })
  quantity: number;
}

@InputType({ description: 'Open a return for lines of an order (the customer for their own order; staff for any).' })
export class OpenReturnInput {
  @Field(() => ID, { description: 'The order.' })
  orderId: string;

  @Field(() => [ReturnLineInput], { description: '1 to 50 lines, each sku once.' })
  lines: ReturnLineInput[];

  @Field({ description: 'Why (1–500 characters).' })
  reason: string;

  @Field(() => [String], { nullable: true, description: 'Up to 9 photo URLs (http or https).' })
  photoUrls?: string[] | null;
}

@InputType({ description: 'A decision on, or a cancellation of, a return.' })
export class ReturnDecisionInput {
  @Field(() => ID, { description: 'The return.' })
  returnId: string;

  @Field(() => String, { nullable: true, description: 'A note shown in the return\'s progress (required when rejecting).' })
  note?: string | null;
}

@InputType({ description: 'Move a return to its next stage (shipped back, picked up, received, quality check, refunded).' })
export class AdvanceReturnInput {
  @Field(() => ID, { description: 'The return.' })
  returnId: string;

  @Field(() => ReturnStage, { description: 'The next stage (an invalid move is INVALID_TRANSITION and changes nothing).' })
  to: ReturnStage;

  @Field(() => String, { nullable: true, description: 'A note shown in the return\'s progress.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The courier (when shipping back).' })
  courier?: string | null;

  @Field(() => String, { nullable: true, description: 'The tracking number (required when shipping back).' })
  trackingNo?: string | null;
}

@InputType({ description: 'Filters of the agents\' return list (all optional, combined with AND).' })
export class ReturnFilter {
  @Field(() => [ReturnStage], { nullable: true, description: 'Any of these stages.' })
  stage?: ReturnStage[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this order.' })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this customer.' })
  customerId?: string | null;
}
