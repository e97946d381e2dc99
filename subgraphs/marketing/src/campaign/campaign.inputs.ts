import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { MoneyScalar } from '@member-graph/common/graphql';
import { CampaignKind, DeliveryStage, MessageChannel, TriggerType } from './campaign.enums';

@InputType({ description: 'One variant of a campaign\'s message (A/B testing).' })
export class CampaignVariantInput {
  @Field({ description: 'A short code, e.g. A or B (1–16 of A–Z, 0–9, _).' })
  @Matches(/^[A-Z0-9_]{1,16}$/, { message: 'code must be 1–16 of A–Z, 0–9, _' })
  code: string;

  @Field(() => Int, { description: 'Relative share of the non-holdout traffic (1–100).' })
  weight: number;

  @Field(() => String, { nullable: true, description: 'Title (push, WeChat, email subject), up to 100 characters.' })
  @IsOptional()
  @MaxLength(100)
  title?: string | null;

  @Field({ description: 'The message (1–1000 characters); `{couponCode}` is replaced by the coupon sent with it.' })
  @Length(1, 1000)
  body: string;
}

@InputType({ description: 'What fires a triggered campaign; each type takes only its own parameters.' })
export class CampaignTriggerInput {
  @Field(() => TriggerType, { description: 'The trigger.' })
  type: TriggerType;

  @Field(() => Int, { nullable: true, description: 'INACTIVE_DAYS, DAYS_AFTER_FIRST_ORDER: days (1–3650).' })
  days?: number | null;

  @Field(() => Int, { nullable: true, description: 'CART_ABANDONED: hours (1–720).' })
  hours?: number | null;

  @Field(() => Int, { nullable: true, description: 'CATEGORY_BROWSED: browses needed (1–1000).' })
  times?: number | null;

  @Field(() => String, { nullable: true, description: 'CATEGORY_BROWSED: only this category (default any).' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'TIER_UPGRADED: only upgrades to this tier code (default any upgrade).' })
  tier?: string | null;

  @Field(() => Float, { nullable: true, description: 'CHURN_RISK_ROSE: fires when the churn probability rises from below this to at least it (0.01–0.99).' })
  threshold?: number | null;
}

@InputType({ description: 'A campaign: who (a segment), how (a channel), what (variants of content, an optional coupon), and when (one-shot or a trigger).' })
export class CreateCampaignInput {
  @Field({ description: 'Name (1–100 characters).' })
  @Length(1, 100)
  name: string;

  @Field(() => CampaignKind, { description: 'One-shot or triggered.' })
  kind: CampaignKind;

  @Field(() => MessageChannel, { description: 'The channel messages go out on.' })
  channel: MessageChannel;

  @Field(() => ID, { nullable: true, description: 'The audience: required for ONE_SHOT; for TRIGGERED, omitted means every customer.' })
  segmentId?: string | null;

  @Field(() => [CampaignVariantInput], { description: '1–5 variants with their traffic split.' })
  variants: CampaignVariantInput[];

  @Field(() => Int, { nullable: true, description: 'Percentage of the audience held out (sent nothing) to measure incremental revenue (0–90, default 0).' })
  holdoutPercent?: number | null;

  @Field(() => ID, { nullable: true, description: 'A coupon template: each message carries a coupon issued to its recipient.' })
  couponTemplateId?: string | null;

  @Field(() => CampaignTriggerInput, { nullable: true, description: 'Required for TRIGGERED, refused for ONE_SHOT.' })
  trigger?: CampaignTriggerInput | null;

  @Field(() => Int, { nullable: true, description: 'Orders within this many days after a send count for the campaign (1–90, default 7).' })
  attributionDays?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'What one message costs (for ROI; default 0).' })
  costPerMessage?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Personalised campaigns leave out customers who turned personalisation off (default true; behaviour triggers are always personalised).' })
  personalised?: boolean | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The window opens: nothing is sent before (one-shot sends wait for it, triggers before it are ignored). At most 730 days ahead; default open.' })
  startsAt?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The window closes (exclusive): nothing is sent from then on. In the future, after startsAt, at most 730 days ahead; default never.' })
  endsAt?: Date | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The most the campaign may spend (0.00–100000000.00; default no limit). Each SENT message spends its cost per message plus the value of the coupon it carries; a message that would go over is not sent (SUPPRESSED, BUDGET_SPENT).',
  })
  budget?: number | null;
}

@InputType({ description: 'Changes to a campaign\'s window and budget, in any state: a field left out keeps its value, null clears it.' })
export class UpdateCampaignInput {
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The window opens (at most 730 days ahead); null: open now.' })
  startsAt?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The window closes (in the future, after startsAt, at most 730 days ahead); null: never.' })
  endsAt?: Date | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The budget (0.00–100000000.00, not below what is already spent); null: no limit.' })
  budget?: number | null;
}

@InputType({ description: 'One delivery receipt from a channel provider.' })
export class DeliveryReceiptInput {
  @Field(() => ID, { description: 'The message the receipt is about: the messageId the channel was handed (SendLogEntry.messageId, marketing.message_sent).' })
  @Length(1, 64)
  messageId: string;

  @Field(() => DeliveryStage, { description: 'The stage the message reached.' })
  stage: DeliveryStage;

  @Field(() => DateTimeISOResolver, { description: 'When it reached it (at most 5 minutes ahead of the server clock).' })
  at: Date;
}

@InputType({ description: 'How often and when customers may be contacted on a channel.' })
export class SetChannelPolicyInput {
  @Field(() => MessageChannel, { description: 'The channel.' })
  channel: MessageChannel;

  @Field(() => Int, { description: 'At most this many messages per customer within the window (0–100).' })
  maxPerWindow: number;

  @Field(() => Int, { description: 'The window in hours (1–720).' })
  windowHours: number;

  @Field(() => String, { nullable: true, description: 'Quiet hours start, HH:MM Asia/Shanghai (with quietEnd; both null for none).' })
  quietStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Quiet hours end, HH:MM Asia/Shanghai (exclusive; may be before the start, wrapping midnight).' })
  quietEnd?: string | null;
}
