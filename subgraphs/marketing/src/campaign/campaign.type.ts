import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { MoneyScalar, PageInfo } from '@member-graph/common/graphql';
import { Customer } from '../customer/customer.type';
import { CampaignKind, CampaignStatus, DeliveryStage, MessageChannel, ReceiptOutcome, SendReason, SendStatus, TriggerType } from './campaign.enums';

@ObjectType({ description: 'What fires a triggered campaign.' })
export class CampaignTrigger {
  @Field(() => TriggerType, { description: 'The trigger.' })
  type: TriggerType;

  @Field(() => Int, { nullable: true, description: 'Days (INACTIVE_DAYS, DAYS_AFTER_FIRST_ORDER).' })
  days: number | null;

  @Field(() => Int, { nullable: true, description: 'Hours (CART_ABANDONED).' })
  hours: number | null;

  @Field(() => Int, { nullable: true, description: 'Browses (CATEGORY_BROWSED).' })
  times: number | null;

  @Field(() => String, { nullable: true, description: 'Category (CATEGORY_BROWSED).' })
  category: string | null;

  @Field(() => String, { nullable: true, description: 'Tier (TIER_UPGRADED).' })
  tier: string | null;

  @Field(() => Float, { nullable: true, description: 'Churn probability threshold (CHURN_RISK_ROSE).' })
  threshold: number | null;
}

@ObjectType({ description: 'One variant (or the holdout) of a campaign.' })
export class CampaignVariant {
  @Field({ description: 'The variant\'s code; HOLDOUT for the holdout group.' })
  code: string;

  @Field(() => Float, { description: 'Its share of the audience in percent.' })
  sharePercent: number;

  @Field(() => String, { nullable: true, description: 'Title.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Message body (null for the holdout).' })
  body: string | null;

  @Field(() => Int, { description: 'Customers assigned to it so far.' })
  assigned: number;
}

@ObjectType({ description: 'Results of one variant or the holdout: orders attributed within the window after the send.' })
export class CampaignArmReport {
  @Field({ description: 'The variant\'s code, or HOLDOUT.' })
  code: string;

  @Field({ description: 'True for the holdout group.' })
  holdout: boolean;

  @Field(() => Int, { description: 'Messages sent (for the holdout: customers held out).' })
  audience: number;

  @Field(() => Int, { description: 'Customers with at least one attributed order.' })
  conversions: number;

  @Field(() => MoneyScalar, { name: 'revenue', description: 'Attributed order revenue.' })
  revenueCents: number;

  @Field(() => MoneyScalar, { name: 'incrementalRevenue', nullable: true, description: 'Revenue minus what the holdout\'s revenue per member predicts for this audience (null without a holdout).' })
  incrementalRevenueCents: number | null;

  @Field(() => MoneyScalar, { name: 'cost', description: 'Messages × cost per message.' })
  costCents: number;

  @Field(() => Float, {
    nullable: true,
    description: 'ROI = (incremental revenue − cost) / cost (null without a holdout or without cost): cost counts every attempted message and the arm is compared whole with the holdout, so undelivered messages lower it.',
  })
  roi: number | null;

  @Field(() => Int, { description: 'Messages reported delivered by delivery receipts (opened and clicked imply it; 0 for the holdout).' })
  delivered: number;

  @Field(() => Int, { description: 'Messages reported opened (or clicked).' })
  opened: number;

  @Field(() => Int, { description: 'Messages reported clicked.' })
  clicked: number;

  @Field(() => Float, { nullable: true, description: 'delivered / messages sent (null for the holdout or before any send).' })
  deliveryRate: number | null;

  @Field(() => Float, { nullable: true, description: 'opened / delivered (null when none was reported delivered).' })
  openRate: number | null;

  @Field(() => Float, { nullable: true, description: 'clicked / delivered (null when none was reported delivered).' })
  clickRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Converted customers whose message was reported delivered / delivered (null when none was reported delivered).' })
  conversionRate: number | null;

  @Field(() => MoneyScalar, { name: 'costPerDelivered', nullable: true, description: 'cost / delivered: what one message that arrived cost (null when none was reported delivered).' })
  costPerDeliveredCents: number | null;
}

@ObjectType({ description: 'A marketing campaign.' })
export class Campaign {
  @Field(() => ID, { description: 'Stable campaign id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => CampaignKind, { description: 'One-shot or triggered.' })
  kind: CampaignKind;

  @Field(() => CampaignStatus, { description: 'Draft, active or paused.' })
  status: CampaignStatus;

  @Field(() => MessageChannel, { description: 'The channel.' })
  channel: MessageChannel;

  @Field(() => ID, { nullable: true, description: 'The audience segment (null: every customer).' })
  segmentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The coupon template each message carries.' })
  couponTemplateId: string | null;

  @Field(() => CampaignTrigger, { nullable: true, description: 'The trigger (TRIGGERED campaigns).' })
  trigger: CampaignTrigger | null;

  @Field(() => Int, { description: 'Percentage held out.' })
  holdoutPercent: number;

  @Field(() => Int, { description: 'Attribution window in days.' })
  attributionDays: number;

  @Field(() => MoneyScalar, { name: 'costPerMessage', description: 'Cost of one message.' })
  costPerMessageCents: number;

  @Field({ description: 'Whether customers who turned personalisation off are left out.' })
  personalised: boolean;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was first launched.' })
  launchedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The window opens: nothing is sent before (null: open).' })
  startsAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The window closes (exclusive): nothing is sent from then on (null: never).' })
  endsAt: Date | null;

  @Field(() => MoneyScalar, { name: 'budget', nullable: true, description: 'The most the campaign may spend (null: no limit).' })
  budgetCents: number | null;

  @Field(() => MoneyScalar, {
    name: 'spent',
    description: 'What its SENT messages have spent: each its cost per message plus the value of its coupon (amount off; a percentage coupon\'s cap; free shipping 0). Counted with or without a budget.',
  })
  spentCents: number;

  @Field(() => MoneyScalar, { name: 'remaining', nullable: true, description: 'Budget minus spent: what is left to spend (null without a budget).' })
  remainingCents: number | null;
}

@ObjectType({ description: 'One decision of the send log: sent, suppressed (and why), deferred, held out or failed.' })
export class SendLogEntry {
  @Field(() => ID, { description: 'Entry id.' })
  id: string;

  @Field(() => ID, { description: 'The campaign.' })
  campaignId: string;

  @Field(() => Customer, { description: 'The customer.' })
  customer: Customer;

  @Field(() => MessageChannel, { description: 'The channel.' })
  channel: MessageChannel;

  @Field({ description: 'What the decision was about: launch, or the trigger occurrence (e.g. inactive:<last activity>).' })
  occurrence: string;

  @Field(() => String, { nullable: true, description: 'The A/B variant (or HOLDOUT).' })
  variant: string | null;

  @Field(() => SendStatus, { description: 'The decision.' })
  status: SendStatus;

  @Field(() => SendReason, { nullable: true, description: 'Why it was suppressed, deferred or failed.' })
  reason: SendReason | null;

  @Field(() => ID, { nullable: true, description: 'The message handed to the channel (SENT).' })
  messageId: string | null;

  @Field(() => ID, { nullable: true, description: 'The coupon sent with it.' })
  couponId: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was decided.' })
  decidedAt: Date;

  @Field(() => DeliveryStage, { nullable: true, description: 'How far the message got by the channel\'s receipts (SENT only; null: no receipt yet).' })
  deliveryStage: DeliveryStage | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was first reported delivered (or opened or clicked, which imply it).' })
  deliveredAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was first reported opened (or clicked).' })
  openedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was first reported clicked.' })
  clickedAt: Date | null;
}

@ObjectType({ description: 'What one delivery receipt of a batch did.' })
export class DeliveryReceiptResult {
  @Field(() => ID, { description: 'The message id as given.' })
  messageId: string;

  @Field(() => ReceiptOutcome, { description: 'Applied, unchanged (already at that stage or later), or unknown message.' })
  outcome: ReceiptOutcome;

  @Field(() => DeliveryStage, { nullable: true, description: 'The stage the message stands at after the batch (null for an unknown message).' })
  stage: DeliveryStage | null;
}

@ObjectType({ description: 'A page of the send log, newest first (Relay connection).' })
export class SendLogConnection {
  @Field(() => [SendLogEntry], { description: 'The entries of this page.' })
  nodes: SendLogEntry[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many entries the whole log holds with the same filters, counted only when asked.' })
  totalCount: number;
}

@ObjectType({ description: 'How often and when customers may be contacted on a channel.' })
export class ChannelPolicy {
  @Field(() => MessageChannel, { description: 'The channel.' })
  channel: MessageChannel;

  @Field(() => Int, { description: 'At most this many messages per customer within the window.' })
  maxPerWindow: number;

  @Field(() => Int, { description: 'The window in hours.' })
  windowHours: number;

  @Field(() => String, { nullable: true, description: 'Quiet hours start (HH:MM Asia/Shanghai).' })
  quietStart: string | null;

  @Field(() => String, { nullable: true, description: 'Quiet hours end (HH:MM Asia/Shanghai, exclusive).' })
  quietEnd: string | null;
}
