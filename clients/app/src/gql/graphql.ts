/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** An amount of money in CNY as a decimal string with two places, e.g. "199.00". */
  Money: { input: string; output: string; }
};

/** A staff adjustment of a customer's points (admins only); the reason is mandatory and kept on the ledger. */
export type AdjustPointsInput = {
  /** The customer. */
  customerId: Scalars['ID']['input'];
  /** Makes the adjustment safe to retry: the same key adjusts once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Points to add (positive) or take (negative, never below a zero balance). */
  points: Scalars['Int']['input'];
  /** Why (4–500 characters), kept on the ledger line with who did it. */
  reason: Scalars['String']['input'];
  /** A reason code (default MANUAL), e.g. GOODWILL, CORRECTION. */
  reasonCode?: InputMaybe<Scalars['String']['input']>;
};

/** Move a return to its next stage (shipped back, picked up, received, quality check, refunded). */
export type AdvanceReturnInput = {
  /** The courier (when shipping back). */
  courier?: InputMaybe<Scalars['String']['input']>;
  /** A note shown in the return's progress. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The return. */
  returnId: Scalars['ID']['input'];
  /** The next stage (an invalid move is INVALID_TRANSITION and changes nothing). */
  to: ReturnStage;
  /** The tracking number (required when shipping back). */
  trackingNo?: InputMaybe<Scalars['String']['input']>;
};

/** Filters of the agent directory. */
export type AgentFilter = {
  /** Only online (true) or offline (false) agents. */
  online?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The answer to a satisfaction survey (once per survey). */
export type AnswerSurveyInput = {
  /** Customer effort, 1–7. */
  ces?: InputMaybe<Scalars['Int']['input']>;
  /** A comment (up to 2,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Customer satisfaction, 1–5 (≤ 2 opens a recovery ticket). */
  csat: Scalars['Int']['input'];
  /** Likelihood to recommend, 0–10 (≤ 6 opens a recovery ticket). */
  nps: Scalars['Int']['input'];
  /** The survey (Ticket.survey or ReturnRequest.survey). */
  surveyId: Scalars['ID']['input'];
};

/** Assign a ticket to an agent, a skill group or both. */
export type AssignTicketInput = {
  /** The agent. */
  agentId?: InputMaybe<Scalars['String']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The skill group (e.g. logistics, returns, vip). */
  skillGroup?: InputMaybe<Scalars['String']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Which audit entries to list; every part optional, all given parts must hold. */
export type AuditFilter = {
  /** Entries made by this actor (the token subject, 1–200 characters). */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** Entries about this customer (for a merge, the survivor or the merged one). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Entries of these kinds only (1–8 kinds; omitted: every kind). */
  kinds?: InputMaybe<Array<AuditKind>>;
  /** Entries before this time (after `from`). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What an audit entry records: MERGE (two customers merged), ERASURE (a customer's personal data erased), DATA_EXPORT (a data export made), PII_REVEAL (phone or email shown unmasked to staff), CONSENT_CHANGE (a consent granted or withdrawn), PROFILE_CHANGE (an audited profile field changed), IDENTITY_UNLINK (an identity taken off a customer), UNMERGE (a wrong merge undone: the merged customer restored). Points adjustments are the loyalty subgraph's: `pointsAdjustmentAudit`. */
export type AuditKind =
  | 'CONSENT_CHANGE'
  | 'DATA_EXPORT'
  | 'ERASURE'
  | 'IDENTITY_UNLINK'
  | 'MERGE'
  | 'PII_REVEAL'
  | 'PROFILE_CHANGE'
  | 'UNMERGE';

/** One badge rule: UPPER_SNAKE code (unique), names, a metric and a threshold 1–1,000,000. */
export type BadgeRuleInput = {
  /** Stable code. */
  code: Scalars['String']['input'];
  /** orders, checkInStreak, reviews, shares or referrals. */
  metric: Scalars['String']['input'];
  /** Display name in English. */
  nameEn: Scalars['String']['input'];
  /** Display name in Chinese. */
  nameZh: Scalars['String']['input'];
  /** The count that earns the badge. */
  threshold: Scalars['Int']['input'];
};

/** One thing a customer did. SEARCH needs `query`, ADD_TO_CART needs `sku`, BROWSE needs `sku` or `category`. */
export type BehaviourEventInput = {
  /** The product category (up to 64 characters). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The tracker's own id of this event (1–64 characters, unique, e.g. a UUID made on the device): an event whose id was recorded before is skipped, so a retried batch counts once. */
  clientEventId?: InputMaybe<Scalars['String']['input']>;
  /** The customer who did it (a merged id is recorded on the survivor). */
  customerId: Scalars['ID']['input'];
  /** What they did. */
  kind: BehaviourKind;
  /** When it happened (at most 5 minutes in the future). */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** The search text (up to 200 characters); kept with the event, never put on the bus. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** The product (up to 64 characters). */
  sku?: InputMaybe<Scalars['String']['input']>;
};

/** What a customer did: logged in, browsed a product or category, searched, or added a product to the cart. */
export type BehaviourKind =
  | 'ADD_TO_CART'
  | 'BROWSE'
  | 'LOGIN'
  | 'SEARCH';

/** How a campaign reaches customers. */
export type CampaignKind =
  /** Once, to the members of a segment when launched. */
  | 'ONE_SHOT'
  /** To each customer when their trigger fires (from events and per-customer timers). */
  | 'TRIGGERED';

/** Where a campaign stands against its window (startsAt, endsAt) now; it sends only while OPEN and ACTIVE. */
export type CampaignPhase =
  /** At or after endsAt: nothing is sent any more. */
  | 'ENDED'
  /** Inside the window (or no window): sends while the campaign is ACTIVE. */
  | 'OPEN'
  /** Before startsAt: nothing is sent yet (one-shot sends wait for the start, triggers are ignored). */
  | 'SCHEDULED';

/** Where a campaign stands. */
export type CampaignStatus =
  /** Launched: sends and triggers run. */
  | 'ACTIVE'
  /** Created, not launched: nothing is sent. */
  | 'DRAFT'
  /** Stopped: nothing is sent until launched again (pending timers wait). */
  | 'PAUSED';

/** What fires a triggered campaign; each type takes only its own parameters. */
export type CampaignTriggerInput = {
  /** CATEGORY_BROWSED: only this category (default any). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** INACTIVE_DAYS, DAYS_AFTER_FIRST_ORDER: days (1–3650). */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** CART_ABANDONED: hours (1–720). */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** CHURN_RISK_ROSE: fires when the churn probability rises from below this to at least it (0.01–0.99). */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  /** TIER_UPGRADED: only upgrades to this tier code (default any upgrade). */
  tier?: InputMaybe<Scalars['String']['input']>;
  /** CATEGORY_BROWSED: browses needed (1–1000). */
  times?: InputMaybe<Scalars['Int']['input']>;
  /** The trigger. */
  type: TriggerType;
};

/** One variant of a campaign's message (A/B testing). */
export type CampaignVariantInput = {
  /** The message (1–1000 characters); `{couponCode}` is replaced by the coupon sent with it. */
  body: Scalars['String']['input'];
  /** A short code, e.g. A or B (1–16 of A–Z, 0–9, _). */
  code: Scalars['String']['input'];
  /** Title (push, WeChat, email subject), up to 100 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Relative share of the non-holdout traffic (1–100). */
  weight: Scalars['Int']['input'];
};

/** Who set a complaint category. */
export type CategorySource =
  /** An agent correction (also stored as training data). */
  | 'AGENT'
  /** The naive Bayes complaint classifier, when the complaint opened. */
  | 'CLASSIFIER';

/** Move a ticket to another status under its type's state machine. */
export type ChangeTicketStatusInput = {
  /** A note shown in the ticket's progress (up to 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
  /** The new status (an invalid move is INVALID_TRANSITION and changes nothing). */
  to: TicketStatus;
};

/** A sales or registration channel. */
export type Channel =
  | 'APP'
  | 'DOUYIN'
  | 'IMPORT'
  | 'MINI_PROGRAM'
  | 'OTHER'
  | 'STORE'
  | 'WEB'
  | 'WECHAT';

/** A customer claims a coupon for themself. */
export type ClaimCouponInput = {
  /** Makes the claim safe to retry: the same key returns the same coupon (1–128 of letters, digits, _ . : -). */
  idempotencyKey: Scalars['String']['input'];
  /** The coupon template. */
  templateId: Scalars['ID']['input'];
};

/** How the CLV distribution groups customers. */
export type ClvGrouping =
  /** One group per saved (not archived) segment, by its members; a customer may be in several. */
  | 'SEGMENT'
  /** One group per loyalty tier; customers without a tier event are in the base tier (MEMBER). */
  | 'TIER';

/** What a complaint is about, as classified from its text (Chinese or English) or corrected by an agent. */
export type ComplaintCategory =
  /** Shipping and delivery: not dispatched, slow, stuck, lost or wrongly delivered parcels. */
  | 'LOGISTICS_DELAY'
  /** Anything else: invoices, accounts and login, points and coupons, payment options, suggestions. */
  | 'OTHER'
  /** The goods themselves: broken, defective, damaged, counterfeit, expired or poorly made. */
  | 'PRODUCT_QUALITY'
  /** Money back: refund not received, slow, rejected or wrong amount; double charges, cancellations. */
  | 'REFUND'
  /** How staff treated the customer: rude, dismissive, unreachable or unhelpful agents and couriers. */
  | 'SERVICE_ATTITUDE'
  /** The right item in the ordered size that does not fit: too small, too large, wrong cut, size chart off. */
  | 'SIZE_FIT'
  /** What was shipped differs from what was ordered: other colour/model/size/item, missing parts or gifts. */
  | 'WRONG_ITEM';

/** A channel we may contact a customer on: SMS, app push, WeChat (template / subscription messages) or email. */
export type ConsentChannel =
  | 'EMAIL'
  | 'PUSH'
  | 'SMS'
  | 'WECHAT';

/** Why we would contact: MARKETING (promotions, campaigns) or SERVICE (orders, returns, tickets). */
export type ConsentPurpose =
  | 'MARKETING'
  | 'SERVICE';

/** Where a consent decision was captured: the app or mini-program settings, a paper or tablet form in store, an agent on the customer's request, a data import, or an unsubscribe reply or link (e.g. 回T退订). */
export type ConsentSource =
  | 'AGENT'
  | 'APP_SETTINGS'
  | 'IMPORT'
  | 'STORE_FORM'
  | 'UNSUBSCRIBE';

/** An agent's correction of a complaint's category; stored as training data for the classifier. */
export type CorrectTicketCategoryInput = {
  /** The right category. */
  category: ComplaintCategory;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The complaint ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Where a coupon can be used. */
export type CouponChannel =
  /** Against an online order (app, mini-program, web). */
  | 'ONLINE'
  /** At a till in a store, with the store's transaction id. */
  | 'STORE';

/** What a coupon takes off. */
export type CouponKind =
  /** A fixed amount off the order (never more than the order). */
  | 'AMOUNT_OFF'
  /** The shipping fee is waived (optionally up to maxDiscount). */
  | 'FREE_SHIPPING'
  /** A percentage off the order, capped at maxDiscount. */
  | 'PERCENT_OFF'
  /** 满减: a fixed amount off once the order reaches a threshold, e.g. 30 off at 200. */
  | 'THRESHOLD';

/** How a coupon reached the customer. */
export type CouponSource =
  /** The birthday gift pack of the customer's loyalty tier (loyalty.birthday_gift_granted), once a year. */
  | 'BIRTHDAY'
  /** A campaign sent it. */
  | 'CAMPAIGN'
  /** The customer claimed it. */
  | 'CLAIM'
  /** The customer exchanged loyalty points for it (a coupon-template reward). */
  | 'REWARD'
  /** Staff or an integration issued it. */
  | 'STAFF';

/** Where a coupon stands. */
export type CouponStatus =
  /** Not used yet and not past its end (it may not be valid yet: see validFrom). */
  | 'AVAILABLE'
  /** Past its end without being used; it can no longer be redeemed. */
  | 'EXPIRED'
  /** Used. */
  | 'REDEEMED';

/** A campaign: who (a segment), how (a channel), what (variants of content, an optional coupon), and when (one-shot or a trigger). */
export type CreateCampaignInput = {
  /** Orders within this many days after a send count for the campaign (1–90, default 7). */
  attributionDays?: InputMaybe<Scalars['Int']['input']>;
  /** The most the campaign may spend (0.00–100000000.00; default no limit). Each SENT message spends its cost per message plus the value of the coupon it carries; a message that would go over is not sent (SUPPRESSED, BUDGET_SPENT). */
  budget?: InputMaybe<Scalars['Money']['input']>;
  /** The channel messages go out on. */
  channel: MessageChannel;
  /** What one message costs (for ROI; default 0). */
  costPerMessage?: InputMaybe<Scalars['Money']['input']>;
  /** A coupon template: each message carries a coupon issued to its recipient. */
  couponTemplateId?: InputMaybe<Scalars['ID']['input']>;
  /** The window closes (exclusive): nothing is sent from then on. In the future, after startsAt, at most 730 days ahead; default never. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Percentage of the audience held out (sent nothing) to measure incremental revenue (0–90, default 0). */
  holdoutPercent?: InputMaybe<Scalars['Int']['input']>;
  /** One-shot or triggered. */
  kind: CampaignKind;
  /** Name (1–100 characters). */
  name: Scalars['String']['input'];
  /** Personalised campaigns leave out customers who turned personalisation off (default true; behaviour triggers are always personalised). */
  personalised?: InputMaybe<Scalars['Boolean']['input']>;
  /** The audience: required for ONE_SHOT; for TRIGGERED, omitted means every customer. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The window opens: nothing is sent before (one-shot sends wait for it, triggers before it are ignored). At most 730 days ahead; default open. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Required for TRIGGERED, refused for ONE_SHOT. */
  trigger?: InputMaybe<CampaignTriggerInput>;
  /** 1–5 variants with their traffic split. */
  variants: Array<CampaignVariantInput>;
};

/** A coupon template: what it takes off, when it is valid, how many exist and who may use it where. */
export type CreateCouponTemplateInput = {
  /** AMOUNT_OFF and THRESHOLD: the amount taken off. */
  amountOff?: InputMaybe<Scalars['Money']['input']>;
  /** Where it can be used (default both). */
  channels?: InputMaybe<Array<CouponChannel>>;
  /** Whether customers may claim it themselves (default true); otherwise only campaigns and staff issue it. */
  claimable?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it takes off. */
  kind: CouponKind;
  /** PERCENT_OFF (required) and FREE_SHIPPING (optional): the most it takes off. */
  maxDiscount?: InputMaybe<Scalars['Money']['input']>;
  /** Display name (1–100 characters), e.g. 满200减30. */
  name: Scalars['String']['input'];
  /** How many one customer may hold (1–100, default 1); never exceeded. */
  perCustomerLimit?: InputMaybe<Scalars['Int']['input']>;
  /** PERCENT_OFF: the percentage (1–99). */
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** How many coupons may be issued in all (1–10,000,000); never exceeded. */
  stock: Scalars['Int']['input'];
  /** THRESHOLD: the order amount needed. */
  threshold?: InputMaybe<Scalars['Money']['input']>;
  /** Valid for this many days after issue (1–3650); give this or validUntil. */
  validDays?: InputMaybe<Scalars['Int']['input']>;
  /** Start of the validity window (default: when issued). */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** End of the validity window; give this or validDays. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A new reward of the catalogue (admins only). */
export type CreateRewardInput = {
  /** Whether members can exchange it (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The marketing coupon template a COUPON_TEMPLATE reward issues from (required for that kind, refused for others). */
  couponTemplateId?: InputMaybe<Scalars['ID']['input']>;
  /** What members get, in a few words (at most 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the reward gives. */
  kind: RewardKind;
  /** The name members see (1–100 characters). */
  name: Scalars['String']['input'];
  /** The list price in points (1–10,000,000). */
  pointsPrice: Scalars['Int']['input'];
  /** How many can be exchanged in all (0–10,000,000); null or left out: unlimited. */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Price ratios per tier (at most 20; each tier once); tiers without one pay the list price. */
  tierRatios?: InputMaybe<Array<RewardTierRatioInput>>;
  /** Exchangeable from (inclusive); null: already. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Exchangeable until (exclusive); null: no end. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Which customers to list. Every criterion given must hold; omitted or empty criteria do not constrain. */
export type CustomerFilterInput = {
  /** Frequency score range (customers without scores never match). */
  frequency?: InputMaybe<ScoreRangeInput>;
  /** Customers in any of these lifecycle stages. */
  lifecycleStages?: InputMaybe<Array<LifecycleStage>>;
  /** Monetary score range (customers without scores never match). */
  monetary?: InputMaybe<ScoreRangeInput>;
  /** Recency score range (customers without scores never match). */
  recency?: InputMaybe<ScoreRangeInput>;
  /** Registered at or after this time. */
  registeredFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Registered at or before this time (not before registeredFrom). */
  registeredTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Customers who registered through any of these channels. */
  registrationChannels?: InputMaybe<Array<Channel>>;
  /** Text search (1–64 characters): name contains it, or, when it is 4+ digits, the phone equals or ends with them (e.g. the last 4 digits). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Customers who have all of these tags (expired tags do not count); up to 20. */
  tagsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Customers who have at least one of these tags (expired tags do not count); up to 20. */
  tagsAny?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Profile facts to set; omitted fields are left unchanged, null clears a field. */
export type CustomerProfileInput = {
  /** Date of birth (YYYY-MM-DD), not in the future. */
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender?: InputMaybe<Gender>;
  /** Display name (1–100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile (13812341234) or E.164 (+447911123456). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Region code or name (up to 64 characters). */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** PENDING: waiting out the cooling-off period (the customer may cancel); CANCELLED by the customer; ERASED: the account was erased. */
export type DeletionRequestStatus =
  | 'CANCELLED'
  | 'ERASED'
  | 'PENDING';

/** One delivery receipt from a channel provider. */
export type DeliveryReceiptInput = {
  /** When it reached it (at most 5 minutes ahead of the server clock). */
  at: Scalars['DateTimeISO']['input'];
  /** The message the receipt is about: the messageId the channel was handed (SendLogEntry.messageId, marketing.message_sent). */
  messageId: Scalars['ID']['input'];
  /** The stage the message reached. */
  stage: DeliveryStage;
};

/** How far a sent message got, from the channel's delivery receipts; each stage implies the earlier ones, and a message only moves forward. */
export type DeliveryStage =
  /** The customer followed its link. */
  | 'CLICKED'
  /** The channel delivered it to the customer. */
  | 'DELIVERED'
  /** The customer opened (read) it. */
  | 'OPENED';

/** Earning rates, each 0–100 per yuan. */
export type EarningRulesInput = {
  /** Growth value per yuan. */
  growthPerYuan: Scalars['Float']['input'];
  /** Base points per yuan. */
  pointsPerYuan: Scalars['Float']['input'];
};

/** Engagement that earns growth value: a product review or a share. */
export type EngagementKind =
  | 'REVIEW'
  | 'SHARE';

/** Exchange points for a reward (the signed-in member). */
export type ExchangeRewardInput = {
  /** Required. Repeating a key returns the stored exchange; reusing it for another reward is IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** The reward. */
  rewardId: Scalars['ID']['input'];
};

/** What product feedback is counted per. */
export type FeedbackGrouping =
  /** Per product category. */
  | 'CATEGORY'
  /** Per SKU (with the SKU's product category). */
  | 'SKU';

/** Gender as the customer stated it. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** An identity on a channel; `appId` is required for WeChat openids. */
export type IdentityInput = {
  /** Required for WECHAT_MINI_OPENID and WECHAT_OA_OPENID (the WeChat appid) and for IMPORT_ID (the source system, e.g. cdnow); empty for other types. */
  appId?: InputMaybe<Scalars['String']['input']>;
  /** The kind of identity. */
  type: IdentityType;
  /** The identifier on that channel (1–128 characters). */
  value: Scalars['String']['input'];
};

/** A kind of identity: app user id, WeChat mini-program / official-account openid (per appid), WeChat unionid, Douyin id, store member card, phone, or the customer id in an imported source (per source). */
export type IdentityType =
  | 'APP_USER_ID'
  | 'DOUYIN_ID'
  | 'IMPORT_ID'
  | 'PHONE'
  | 'STORE_MEMBER_CARD'
  | 'WECHAT_MINI_OPENID'
  | 'WECHAT_OA_OPENID'
  | 'WECHAT_UNIONID';

/** Staff or an integration issue a coupon to a customer. */
export type IssueCouponInput = {
  /** The customer who receives it. */
  customerId: Scalars['ID']['input'];
  /** Makes the issue safe to retry: the same key for the same customer issues once. */
  idempotencyKey: Scalars['String']['input'];
  /** The coupon template. */
  templateId: Scalars['ID']['input'];
};

/** Why a lifecycle stage moved. */
export type LifecycleCause =
  /** The daily refresh: time passed since the last order (e.g. ACTIVE → AT_RISK). */
  | 'DAILY_REFRESH'
  /** A refresh an admin ran (refreshRfm). */
  | 'MANUAL_REFRESH'
  /** Another customer was merged into this one, bringing their orders. */
  | 'MERGE'
  /** An order was recorded for the customer. */
  | 'ORDER_RECORDED'
  /** An order of the customer was fully refunded. */
  | 'ORDER_REFUNDED';

/** Where a customer stands, derived from their orders: POTENTIAL (no order yet), NEW (one order, within 30 days), ACTIVE (ordered within 90 days), LOYAL (5+ orders, last within 90 days), AT_RISK (last order 90–180 days ago), CHURNED (more than 180 days ago). */
export type LifecycleStage =
  | 'ACTIVE'
  | 'AT_RISK'
  | 'CHURNED'
  | 'LOYAL'
  | 'NEW'
  | 'POTENTIAL';

/** Why a segment membership changed. */
export type MembershipCause =
  /** An event changed the customer's facts. */
  | 'EVENT'
  /** The projection was rebuilt from the event log. */
  | 'REBUILD'
  /** The segment was saved with a new rule, or archived. */
  | 'SAVE'
  /** Time passed a threshold of the rule (e.g. the last order became 30 days old). */
  | 'TIMER';

/** Fold `mergedId` into `survivorId`. */
export type MergeCustomersInput = {
  /** The customer that is folded into the survivor. */
  mergedId: Scalars['ID']['input'];
  /** Why (kept in the audit record). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The customer that remains. */
  survivorId: Scalars['ID']['input'];
};

/** Who wrote a ticket message. */
export type MessageAuthor =
  /** A service agent or admin. */
  | 'AGENT'
  /** The customer (directly, or relayed by a channel integration). */
  | 'CUSTOMER';

/** A channel campaign messages go out on (each behind the same adapter interface). */
export type MessageChannel =
  /** Email. */
  | 'EMAIL'
  /** App push notification. */
  | 'PUSH'
  /** Text message. */
  | 'SMS'
  /** WeChat template (subscription) message. */
  | 'WECHAT';

/** Open a return for lines of an order (the customer for their own order; staff for any). */
export type OpenReturnInput = {
  /** 1 to 50 lines, each sku once. */
  lines: Array<ReturnLineInput>;
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** Up to 9 photo URLs (http or https). */
  photoUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Why (1–500 characters). */
  reason: Scalars['String']['input'];
};

/** A ticket to open: a customer for themself, or staff for a customer (e.g. from a phone call). */
export type OpenTicketInput = {
  /** The first message (1–5,000 characters); a complaint's subject and text are classified. */
  body: Scalars['String']['input'];
  /** The channel it comes through. */
  channel: TicketChannel;
  /** The customer (staff only; a customer always opens for themself). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The order it is about (must be the customer's). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** The priority (staff only; default NORMAL; escalation rules may raise it). */
  priority?: InputMaybe<TicketPriority>;
  /** Complaints only: the SKU complained about (1–64 characters; needs orderId, and must be a line of that order). */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** A short subject (1–200 characters). */
  subject: Scalars['String']['input'];
  /** What the ticket is about. */
  type: TicketType;
};

/** One line of an order: sku, category, quantity and the amount paid for the line. */
export type OrderLineInput = {
  /** Amount paid for the line (all items together), not negative. */
  amount: Scalars['Money']['input'];
  /** Product category (up to 64 characters). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Number of items, a positive whole number. */
  quantity: Scalars['Int']['input'];
  /** The stock-keeping unit (1–64 characters). */
  sku: Scalars['String']['input'];
};

/** Refund state of an order: PAID (nothing refunded), PARTIALLY_REFUNDED, REFUNDED (all of it). */
export type OrderStatus =
  /** Paid; nothing refunded. */
  | 'PAID'
  /** Part of the amount was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** The whole amount was refunded. */
  | 'REFUNDED';

/** Where a dead-lettered event stands. */
export type ParkedEventStatus =
  /** Not run: an earlier event of the same aggregate is parked (order per aggregate is kept). */
  | 'HELD'
  /** Its handler failed every retry; the consumer moved on without it. */
  | 'PARKED'
  /** An admin replayed it and the handler succeeded. */
  | 'REPLAYED';

/** A personal-information field shown masked unless the caller may see it. */
export type PiiField =
  | 'EMAIL'
  | 'PHONE';

/** Which points adjustments to list; every part optional, all given parts must hold. */
export type PointsAdjustmentFilter = {
  /** Adjustments made by this actor (the token subject, 1–200 characters). */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** Adjustments of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Adjustments at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Adjustments before this time (after `from`). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** EARN (orders, check-ins, birthdays, referrals), REDEEM, EXPIRE (first in, first out), REVERSE (refunds, voided referrals), ADJUST (admins, with a reason). */
export type PointsEntryType =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSE';

/** A message of the conversation: to a ticket, or without one to the customer's newest open ticket (a new consultation when none is open). */
export type PostTicketMessageInput = {
  /** The text (1–5,000 characters). */
  body: Scalars['String']['input'];
  /** The channel the message came through. */
  channel: TicketChannel;
  /** Whose conversation, when staff or an integration post without a ticket id. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The ticket; omit it to join the customer's conversation. */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

/** What one delivery receipt did. */
export type ReceiptOutcome =
  /** The message reached a stage it had not (its time is recorded). */
  | 'APPLIED'
  /** The message had already reached that stage or a later one: nothing changed (a repeated or late receipt). */
  | 'UNCHANGED'
  /** No sent message has that id: nothing recorded (the rest of the batch is). */
  | 'UNKNOWN_MESSAGE';

/** Why an item is recommended. */
export type RecommendationReason =
  /** Customers who bought what this customer (or this product page) bought also bought it (cosine similarity). */
  | 'ALSO_BOUGHT'
  /** Bought by many customers (not personalised). */
  | 'POPULAR';

/** A product review or share to reward with growth value (each counted once, within a daily cap). */
export type RecordEngagementInput = {
  /** The customer; customers may leave it out (themself). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** What the customer did. */
  kind: EngagementKind;
  /** The review or share id in the source system (1–128 characters); the same id counts once. */
  sourceId: Scalars['String']['input'];
};

/** A paid order. Recording the same externalNo again with the same payload returns the first order; a different payload is ORDER_CONFLICT. */
export type RecordOrderInput = {
  /** The channel the order was placed through. */
  channel: Channel;
  /** The customer who paid; a merged customer id records on the survivor. */
  customerId: Scalars['ID']['input'];
  /** The order number in the sending system (unique, up to 128 characters): the idempotency key. */
  externalNo: Scalars['String']['input'];
  /** 1 to 200 lines; the order amount is the sum of their amounts. */
  lines: Array<OrderLineInput>;
  /** When it was paid; not more than 5 minutes in the future. */
  paidAt: Scalars['DateTimeISO']['input'];
  /** The store (up to 64 characters); required when channel is STORE. */
  storeId?: InputMaybe<Scalars['String']['input']>;
};

/** Redeem a coupon at a store till. */
export type RedeemCouponInStoreInput = {
  /** The purchase amount before the discount. */
  amount: Scalars['Money']['input'];
  /** The coupon's code, as shown or scanned. */
  code: Scalars['String']['input'];
  /** A note kept with the redemption. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The store (1–64 characters). */
  storeId: Scalars['String']['input'];
  /** The till's transaction id (1–128 characters): the idempotency key of a store redemption. */
  storeTransactionId: Scalars['String']['input'];
};

/** Redeem a coupon against an online order. */
export type RedeemCouponInput = {
  /** The coupon's code. */
  code: Scalars['String']['input'];
  /** The order amount before the discount. */
  orderAmount: Scalars['Money']['input'];
  /** The order it is used on (up to 128 characters); redeeming again for the same order returns the first result. */
  orderId: Scalars['String']['input'];
  /** The shipping fee (for FREE_SHIPPING coupons). */
  shippingAmount?: InputMaybe<Scalars['Money']['input']>;
};

/** Redeem points: a customer for themself, or a store (system/admin) with its transaction id. */
export type RedeemPointsInput = {
  /** The customer; customers may leave it out (themself). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Required. Repeating a key returns the stored result; reusing it for another request is IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** A note kept on the ledger line. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Points to redeem (1–10,000,000). */
  points: Scalars['Int']['input'];
  /** What the points buy, as a code (default REDEEM), e.g. GIFT, CASH_OFFSET. */
  reasonCode?: InputMaybe<Scalars['String']['input']>;
  /** The store (required for staff redemptions). */
  storeId?: InputMaybe<Scalars['String']['input']>;
  /** The store's transaction id (required for staff redemptions). */
  storeTransactionId?: InputMaybe<Scalars['String']['input']>;
};

/** Refund part or all of an order. Give exactly one of orderId and externalNo. Repeating the same externalRefundNo with the same payload returns the first refund; a different payload is REFUND_CONFLICT. */
export type RefundOrderInput = {
  /** Amount to refund, more than 0 and at most what remains; omitted refunds the whole remainder. */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** The order to refund, by its external order number. */
  externalNo?: InputMaybe<Scalars['String']['input']>;
  /** The refund number in the sending system (unique, up to 128 characters): the idempotency key. */
  externalRefundNo: Scalars['String']['input'];
  /** The order to refund, by id. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Why (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** How a trend groups its figures (Asia/Shanghai dates). */
export type ReportPeriod =
  /** Per day. */
  | 'DAY'
  /** Per calendar month. */
  | 'MONTH'
  /** Per ISO week (starting Monday). */
  | 'WEEK';

/** Find the customer holding an identity, or create one with this profile. */
export type ResolveCustomerInput = {
  /** More identities from the same login (at most 4), e.g. the unionid WeChat returns with an openid: the customer is found by any of them, and the ones it does not hold yet are linked in the same call. */
  alsoIdentities?: InputMaybe<Array<IdentityInput>>;
  /** The channel the request came from; becomes the registration channel of a new customer. */
  channel: Channel;
  /** The identity presented by the channel. */
  identity: IdentityInput;
  /** Profile for a new customer (ignored when the customer exists). */
  profile?: InputMaybe<CustomerProfileInput>;
  /** Referral code used at registration (passed on to loyalty). */
  referralCode?: InputMaybe<Scalars['String']['input']>;
};

/** A decision on, or a cancellation of, a return. */
export type ReturnDecisionInput = {
  /** A note shown in the return's progress (required when rejecting). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The return. */
  returnId: Scalars['ID']['input'];
};

/** Filters of the agents' return list (all optional, combined with AND). */
export type ReturnFilter = {
  /** Of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these stages. */
  stage?: InputMaybe<Array<ReturnStage>>;
};

/** One line to return: an order line's sku and how many of its items. */
export type ReturnLineInput = {
  /** How many items (at most what was ordered less what other returns hold). */
  quantity: Scalars['Int']['input'];
  /** The sku of the order line. */
  sku: Scalars['String']['input'];
};

/** Where a return is: REQUESTED → APPROVED → SHIPPED_BACK → COURIER_PICKED_UP → RECEIVED → QUALITY_CHECK → REFUNDED, or REJECTED / CANCELLED. */
export type ReturnStage =
  /** Approved (automatically or by an agent); the customer may ship the goods back. */
  | 'APPROVED'
  /** Cancelled by the customer or an agent before shipping. */
  | 'CANCELLED'
  /** The courier scanned the parcel. */
  | 'COURIER_PICKED_UP'
  /** The goods are being checked. */
  | 'QUALITY_CHECK'
  /** The warehouse received the parcel. */
  | 'RECEIVED'
  /** Refunded: the order records the refund and the points are reversed. */
  | 'REFUNDED'
  /** Rejected by an agent, or failed the quality check (with the reason in the note). */
  | 'REJECTED'
  /** Asked for; waiting for an agent when the auto-approval rule did not pass it. */
  | 'REQUESTED'
  /** The customer handed the parcel over and gave the tracking number. */
  | 'SHIPPED_BACK';

/** Whether a reward can be exchanged now, and if not, why. */
export type RewardAvailability =
  /** Active, within its window and in stock. */
  | 'AVAILABLE'
  /** Its window has ended. */
  | 'ENDED'
  /** Deactivated by an admin. */
  | 'INACTIVE'
  /** Its window has not started. */
  | 'NOT_STARTED'
  /** Every unit was exchanged. */
  | 'OUT_OF_STOCK';

/** What a reward gives. */
export type RewardKind =
  /** A coupon issued by marketing from the reward's coupon template. */
  | 'COUPON_TEMPLATE'
  /** A voucher for one free return shipment. */
  | 'FREE_RETURN_VOUCHER'
  /** A physical gift. */
  | 'GIFT';

/** The price ratio of one tier: its members pay the list price times the ratio (rounded up to a whole point). */
export type RewardTierRatioInput = {
  /** The share of the list price this tier pays: 0.01–1, at most two decimals (0.8 = 80%). */
  ratio: Scalars['Float']['input'];
  /** A tier code of the tier table (loyaltyTiers), e.g. GOLD. */
  tier: Scalars['String']['input'];
};

/** How the satisfaction report groups answers (Asia/Shanghai dates). */
export type SatisfactionPeriod =
  /** Per day. */
  | 'DAY'
  /** Per calendar month. */
  | 'MONTH'
  /** Per ISO week (starting Monday). */
  | 'WEEK';

/** Which answers the satisfaction report covers and how it groups them. */
export type SatisfactionReportInput = {
  /** First day (Asia/Shanghai), inclusive. */
  from: Scalars['LocalDate']['input'];
  /** Per day, week or month. */
  period: SatisfactionPeriod;
  /** Last day (Asia/Shanghai), inclusive; at most 400 days after from. */
  to: Scalars['LocalDate']['input'];
};

/** Create a segment, or change one (with `id`); its membership is computed at once and kept up to date from events. */
export type SaveSegmentInput = {
  /** What the segment is for (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The segment to change; omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A unique name (1–100 characters). */
  name: Scalars['String']['input'];
  /** Who belongs to it. */
  rule: SegmentRuleInput;
};

/** An inclusive range of scores from 1 to 5; omit min or max to leave that end open. */
export type ScoreRangeInput = {
  /** Highest score (1–5), not below min. */
  max?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest score (1–5). */
  min?: InputMaybe<Scalars['Int']['input']>;
};

/** One comparison on a customer fact, e.g. RECENCY LTE "2", TAG HAS "母婴", LAST_ORDER MORE_THAN_DAYS_AGO days 30. */
export type SegmentConditionInput = {
  /** Days for MORE_THAN_DAYS_AGO and WITHIN_DAYS (1–3650). */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** The fact to compare. */
  fact: SegmentFact;
  /** How to compare it. */
  operator: SegmentOperator;
  /** The value for EQ, NE, LT, LTE, GT, GTE and HAS: a score, a count, an amount ("199.00"), a name or a month. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** The values for IN (1–20). */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A customer fact a segment condition reads. */
export type SegmentFact =
  /** A loyalty badge the customer earned (HAS with the badge code). */
  | 'BADGE'
  /** The birthday month: THIS_MONTH (Asia/Shanghai), or EQ / IN months 1–12. */
  | 'BIRTHDAY'
  /** Churn probability 0–1 of the latest customer-value fit, e.g. GTE "0.7"; customers never scored never match. */
  | 'CHURN_PROBABILITY'
  /** 365-day customer lifetime value (10 % a year discount) of the latest fit, as an amount like "500.00" (EQ…GTE). */
  | 'CLV'
  /** CLV decile 1–10 among all scored customers (10 = most valuable): EQ…GTE or IN. */
  | 'CLV_DECILE'
  /** Marketing consent on a channel (HAS with SMS, PUSH, WECHAT or EMAIL). */
  | 'CONSENT'
  /** When the first order was paid (MORE_THAN_DAYS_AGO, WITHIN_DAYS, NEVER). */
  | 'FIRST_ORDER'
  /** RFM frequency score 1–5. */
  | 'FREQUENCY'
  /** The latest registration, order, login, browse, search or add-to-cart (MORE_THAN_DAYS_AGO, WITHIN_DAYS, NEVER). */
  | 'LAST_ACTIVE'
  /** When the last order was paid (MORE_THAN_DAYS_AGO, WITHIN_DAYS, NEVER). */
  | 'LAST_ORDER'
  /** The lifecycle stage (EQ or IN): POTENTIAL, NEW, ACTIVE, LOYAL, AT_RISK, CHURNED. */
  | 'LIFECYCLE'
  /** RFM monetary score 1–5. */
  | 'MONETARY'
  /** Orders recorded (fully refunded ones do not count). */
  | 'ORDER_COUNT'
  /** RFM recency score 1–5 (5 = bought most recently); customers without scores never match. */
  | 'RECENCY'
  /** When the customer registered (MORE_THAN_DAYS_AGO, WITHIN_DAYS). */
  | 'REGISTERED'
  /** A tag the customer carries (use HAS with the tag name, e.g. 母婴). */
  | 'TAG'
  /** The loyalty tier code (EQ or IN), e.g. GOLD; a customer loyalty has not moved yet holds the base tier (MEMBER). */
  | 'TIER'
  /** Paid minus refunded, as an amount like "199.00". */
  | 'TOTAL_SPEND';

/** How a segment condition compares its fact with `value`, `values` or `days`. */
export type SegmentOperator =
  /** Equal to `value`. */
  | 'EQ'
  /** Greater than `value`. */
  | 'GT'
  /** Greater than or equal to `value`. */
  | 'GTE'
  /** The customer has the tag, badge or consent named by `value`. */
  | 'HAS'
  /** One of `values`. */
  | 'IN'
  /** Less than `value`. */
  | 'LT'
  /** Less than or equal to `value`. */
  | 'LTE'
  /** The date is at least `days` days before now. */
  | 'MORE_THAN_DAYS_AGO'
  /** Not equal to `value` (customers without the fact never match). */
  | 'NE'
  /** There is no such date (e.g. never ordered). */
  | 'NEVER'
  /** The birthday falls in the current Asia/Shanghai month. */
  | 'THIS_MONTH'
  /** The date is less than `days` days before now. */
  | 'WITHIN_DAYS';

/** A segment rule: exactly one of `and`, `or`, `not` or `condition`; nests up to 6 levels with at most 50 conditions. */
export type SegmentRuleInput = {
  /** All of these rules hold (AND). */
  and?: InputMaybe<Array<SegmentRuleInput>>;
  /** A single comparison. */
  condition?: InputMaybe<SegmentConditionInput>;
  /** This rule does not hold (NOT). */
  not?: InputMaybe<SegmentRuleInput>;
  /** At least one of these rules holds (OR). */
  or?: InputMaybe<Array<SegmentRuleInput>>;
};

/** Why a message was not sent (now). */
export type SendReason =
  /** The campaign's budget has not enough left for this message (its cost per message plus its coupon's value). */
  | 'BUDGET_SPENT'
  /** The channel adapter failed. */
  | 'CHANNEL_ERROR'
  /** The campaign's coupon could not be issued (out of stock, limit reached or expired). */
  | 'COUPON_UNAVAILABLE'
  /** The customer already received the channel's maximum within its window. */
  | 'FREQUENCY_CAP'
  /** No marketing consent on the campaign's channel. */
  | 'NO_CONSENT'
  /** A send queued for the campaign (a one-shot launch's, or one deferred by quiet hours) came due after the campaign's window ended. */
  | 'OUTSIDE_WINDOW'
  /** The customer turned personalisation off and the campaign is personalised (PIPL Art. 24). */
  | 'PERSONALISATION_OFF'
  /** Inside the channel's quiet hours (Asia/Shanghai); deferred to their end. */
  | 'QUIET_HOURS';

/** The decision taken for one customer and one campaign occurrence. */
export type SendStatus =
  /** Held back (quiet hours); it is decided again when they end. */
  | 'DEFERRED'
  /** The channel adapter refused it. */
  | 'FAILED'
  /** In the holdout group: deliberately sent nothing, to measure incremental revenue. */
  | 'HOLDOUT'
  /** Handed to the channel adapter. */
  | 'SENT'
  /** Not sent; `reason` says why. */
  | 'SUPPRESSED';

/** An agent's skills and capacity (admins); registers the agent the first time. */
export type SetAgentSkillsInput = {
  /** The agent id (the subject of their staff token; 1–128 letters, digits or . _ @ : -). */
  agentId: Scalars['String']['input'];
  /** Open tickets the agent may hold at once (0–100). */
  capacity: Scalars['Int']['input'];
  /** Routing categories (up to 9): complaint categories and CONSULTATION, AFTER_SALES. */
  categories: Array<Scalars['String']['input']>;
  /** The name shown to colleagues (up to 100 characters). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Languages (1–10 two-letter codes such as zh, en). */
  languages: Array<Scalars['String']['input']>;
  /** Serves VIP customers. */
  vip: Scalars['Boolean']['input'];
};

/** An agent going online or offline. */
export type SetAgentStatusInput = {
  /** The agent (admins only; an agent sets their own status and may omit it). */
  agentId?: InputMaybe<Scalars['String']['input']>;
  /** True: online (receives tickets, filled from the queue); false: offline (their open tickets go to others). */
  online: Scalars['Boolean']['input'];
};

/** How often and when customers may be contacted on a channel. */
export type SetChannelPolicyInput = {
  /** The channel. */
  channel: MessageChannel;
  /** At most this many messages per customer within the window (0–100). */
  maxPerWindow: Scalars['Int']['input'];
  /** Quiet hours end, HH:MM Asia/Shanghai (exclusive; may be before the start, wrapping midnight). */
  quietEnd?: InputMaybe<Scalars['String']['input']>;
  /** Quiet hours start, HH:MM Asia/Shanghai (with quietEnd; both null for none). */
  quietStart?: InputMaybe<Scalars['String']['input']>;
  /** The window in hours (1–720). */
  windowHours: Scalars['Int']['input'];
};

/** Change a ticket's priority; open SLA targets move with it. */
export type SetTicketPriorityInput = {
  /** Why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new priority. */
  priority: TicketPriority;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A tag to add; adding a tag the customer already has updates its type, source and expiry. */
export type TagInput = {
  /** When the tag stops counting (must be in the future); omit for a tag that never expires. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Tag name, 1–32 characters after trimming (Chinese allowed, e.g. 母婴). Compared after NFKC and case-insensitively: "Ｍｏｔｈｅｒ" and "mother" are one tag, which keeps the spelling it was first given. */
  name: Scalars['String']['input'];
  /** Who or what sets it; MANUAL when omitted. */
  source?: InputMaybe<TagSource>;
  /** What the tag describes. */
  type: TagType;
};

/** Where a tag came from: set by staff (MANUAL), by a segmentation rule (RULE) or by a model (MODEL). */
export type TagSource =
  | 'MANUAL'
  | 'MODEL'
  | 'RULE';

/** What a tag describes: an attribute (e.g. 宝妈), a behaviour (frequent night shopper), a need (母婴), a value segment (high spender) or a scene (gift buyer). */
export type TagType =
  | 'ATTRIBUTE'
  | 'BEHAVIOR'
  | 'NEED'
  | 'SCENE'
  | 'VALUE';

/** The channel a ticket or message came through; messages on any channel join the same conversation. */
export type TicketChannel =
  /** The mobile app. */
  | 'APP'
  /** The community / forum. */
  | 'COMMUNITY'
  /** Douyin (shop or direct messages). */
  | 'DOUYIN'
  /** Email. */
  | 'EMAIL'
  /** The WeChat mini-program. */
  | 'MINI_PROGRAM'
  /** The WeChat official account. */
  | 'OFFICIAL_ACCOUNT'
  /** The phone hotline. */
  | 'PHONE'
  /** A physical store. */
  | 'STORE'
  /** WeChat customer-service chat. */
  | 'WECHAT';

/** Filters of the agents' ticket list (all optional, combined with AND). */
export type TicketFilter = {
  /** Assigned to this agent. */
  assigneeId?: InputMaybe<Scalars['String']['input']>;
  /** Of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Flagged (or not) for a manager follow-up. */
  managerFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these priorities. */
  priority?: InputMaybe<Array<TicketPriority>>;
  /** Assigned to this skill group. */
  skillGroup?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<TicketStatus>>;
  /** Of this type. */
  type?: InputMaybe<TicketType>;
};

/** How fast a ticket must be handled; chooses the SLA targets together with the customer tier. */
export type TicketPriority =
  /** High (default targets: first response 2 h, resolution 24 h). */
  | 'HIGH'
  /** Low (default targets: first response 24 h, resolution 5 days). */
  | 'LOW'
  /** Normal (default targets: first response 8 h, resolution 3 days). */
  | 'NORMAL'
  /** Urgent (default targets: first response 30 min, resolution 4 h). */
  | 'URGENT';

/** Why a ticket appears on the agents' queue. */
export type TicketQueueKind =
  /** Escalation rules fired on a ticket (priority raised, manager follow-up), or one of its SLA targets was breached (manager follow-up). */
  | 'ESCALATED'
  /** A ticket was opened. */
  | 'NEW';

/** Where a ticket is in its state machine. RESOLVED or CLOSED → IN_PROGRESS is a reopen, allowed within the reopen window (default 7 days after resolution). */
export type TicketStatus =
  /** Given to an agent or a skill group. */
  | 'ASSIGNED'
  /** Finished; a satisfaction survey is offered. */
  | 'CLOSED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Just opened, nobody has it yet. */
  | 'NEW'
  /** Solved; the customer may confirm (close) or reopen it within the window. */
  | 'RESOLVED'
  /** Waiting for the customer; the SLA clock is paused. */
  | 'WAITING_CUSTOMER';

/** What a ticket is about; each type has its own state machine. */
export type TicketType =
  /** After-sales help (returns, repairs, satisfaction recovery); assigned and worked before resolution. */
  | 'AFTER_SALES'
  /** A complaint: classified into a category, run through the escalation rules, must be assigned and worked before resolution. */
  | 'COMPLAINT'
  /** A question (may be answered and resolved at once). */
  | 'CONSULTATION';

/** What a tier gives (ranges are checked: BAD_USER_INPUT names the field). */
export type TierBenefitsInput = {
  /** Coupon template (UUID) of the birthday gift pack; null for points only. */
  birthdayCouponTemplateId?: InputMaybe<Scalars['ID']['input']>;
  /** Birthday gift points, 0–100,000. */
  birthdayGiftPoints: Scalars['Int']['input'];
  /** Birthday-month multiplier on order points, 1–10. */
  birthdayMultiplier: Scalars['Float']['input'];
  /** Free return shipments per calendar year, 0–50. */
  freeReturnShipping: Scalars['Int']['input'];
  /** Order points multiplier, 0.1–10. */
  pointsMultiplier: Scalars['Float']['input'];
  /** Service queue priority, 0–10. */
  servicePriority: Scalars['Int']['input'];
};

/** Why a tier changed: UPGRADE (threshold met), DOWNGRADE (period end after grace), RENEW (kept for another period), MERGE (adopted from a merged customer). */
export type TierChangeReason =
  | 'DOWNGRADE'
  | 'MERGE'
  | 'RENEW'
  | 'UPGRADE';

/** One tier: UPPER_SNAKE code (2–32), names of 1–32 characters, a growth threshold (the first 0, then strictly increasing). */
export type TierInput = {
  /** What the tier gives. */
  benefits: TierBenefitsInput;
  /** Stable code; a tier in force cannot be removed. */
  code: Scalars['String']['input'];
  /** Display name in English. */
  nameEn: Scalars['String']['input'];
  /** Display name in Chinese. */
  nameZh: Scalars['String']['input'];
  /** Growth value needed in the rolling window, 0–100,000,000. */
  threshold: Scalars['Int']['input'];
};

/** What fires a triggered campaign for a customer. */
export type TriggerType =
  /** The customer's birthday month begins (Asia/Shanghai), once a year. */
  | 'BIRTHDAY_MONTH'
  /** Added to cart without ordering within `hours` hours. */
  | 'CART_ABANDONED'
  /** Browsed a category (`category` only, when given) `times` times without ordering. */
  | 'CATEGORY_BROWSED'
  /** Win-back: a refit of the customer-value model raised the customer's churn probability from below `threshold` to at least it (once per fit; a first score is no rise). Always personalised. */
  | 'CHURN_RISK_ROSE'
  /** `days` days after the customer's first order (once). */
  | 'DAYS_AFTER_FIRST_ORDER'
  /** No order, login, browse, search or add-to-cart for `days` days (fires again after new activity and new inactivity). */
  | 'INACTIVE_DAYS'
  /** Proactive care: complaints about a SKU the customer recently bought clustered and service opened a care ticket for them (ticket.care_opened); once per care cluster. Its coupon is the compensation; consent, caps and quiet hours apply as for any campaign. */
  | 'PROACTIVE_CARE'
  /** The customer moved up a loyalty tier (to `tier` only, when given), once per tier. */
  | 'TIER_UPGRADED';

/** The merge to undo: `mergeId`, or `survivorId` and `mergedId` (the latest merge of the pair); never both. */
export type UnmergeCustomerInput = {
  /** The merge (customer.merges id). */
  mergeId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer that was folded in and comes back. */
  mergedId?: InputMaybe<Scalars['ID']['input']>;
  /** Why (kept in the audit record); 1–500 characters, no personal data. */
  reason: Scalars['String']['input'];
  /** The customer that remained. */
  survivorId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a campaign's window and budget, in any state: a field left out keeps its value, null clears it. */
export type UpdateCampaignInput = {
  /** The budget (0.00–100000000.00, not below what is already spent); null: no limit. */
  budget?: InputMaybe<Scalars['Money']['input']>;
  /** The window closes (in the future, after startsAt, at most 730 days ahead); null: never. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The window opens (at most 730 days ahead); null: open now. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The whole programme as it should be from now on (a new version), and why. */
export type UpdateLoyaltyProgrammeInput = {
  /** Up to 50 badge rules. */
  badges: Array<BadgeRuleInput>;
  /** Earning rates. */
  earning: EarningRulesInput;
  /** The version you edited; if another is in force by now: PROGRAMME_VERSION_CONFLICT, nothing saved. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why (1–200 characters), kept in the history. */
  reason: Scalars['String']['input'];
  /** 1–10 tiers, lowest first. */
  tiers: Array<TierInput>;
};

/** An edit of a reward (admins only): fields left out stay as they are; an explicit null clears description, stock (unlimited), validFrom and validUntil. Its kind cannot change. */
export type UpdateRewardInput = {
  /** False deactivates the reward (members no longer see or exchange it); true activates it again. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Another coupon template (COUPON_TEMPLATE rewards only). */
  couponTemplateId?: InputMaybe<Scalars['ID']['input']>;
  /** What members get (at most 1000 characters; null clears it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The reward. */
  id: Scalars['ID']['input'];
  /** The name members see (1–100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The list price in points (1–10,000,000); exchanges made keep what they paid. */
  pointsPrice?: InputMaybe<Scalars['Int']['input']>;
  /** How many can be exchanged in all, never below what was already exchanged; null: unlimited. */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces every tier ratio (at most 20; an empty list: every tier pays the list price). */
  tierRatios?: InputMaybe<Array<RewardTierRatioInput>>;
  /** Exchangeable from (inclusive); null: already. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Exchangeable until (exclusive); null: no end. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type MyDeletionRequestQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDeletionRequestQuery = { __typename?: 'Query', me: { __typename?: 'Customer', id: string, deletionRequest: { __typename?: 'DeletionRequest', id: string, requestedAt: string, erasesAt: string, status: DeletionRequestStatus, closedAt: string | null } | null } };

export type RequestAccountDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestAccountDeletionMutation = { __typename?: 'Mutation', requestAccountDeletion: { __typename?: 'DeletionRequest', id: string, requestedAt: string, erasesAt: string, status: DeletionRequestStatus, closedAt: string | null } };

export type CancelAccountDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelAccountDeletionMutation = { __typename?: 'Mutation', cancelAccountDeletion: { __typename?: 'DeletionRequest', id: string, status: DeletionRequestStatus, closedAt: string | null } };

export type MyBenefitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBenefitsQuery = { __typename?: 'Query', me: { __typename?: 'Customer', loyalty: { __typename?: 'Loyalty', tier: { __typename?: 'Tier', code: string, nameZh: string, nameEn: string, benefits: { __typename?: 'TierBenefits', pointsMultiplier: number, birthdayGiftPoints: number, birthdayMultiplier: number, birthdayCouponTemplateId: string | null, freeReturnShipping: number, servicePriority: number } } } | null, freeReturns: { __typename?: 'FreeReturnAllowance', year: number, allowance: number, used: number, remaining: number } | null } };

export type MemberConsentsFragment = { __typename?: 'Customer', id: string, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, purpose: ConsentPurpose, granted: boolean, source: ConsentSource | null, at: string | null }> };

export type MyConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsentsQuery = { __typename?: 'Query', me: { __typename?: 'Customer', personalisationEnabled: boolean | null, id: string, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, purpose: ConsentPurpose, granted: boolean, source: ConsentSource | null, at: string | null }> } };

export type GrantConsentMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  source: ConsentSource;
}>;


export type GrantConsentMutation = { __typename?: 'Mutation', grantConsent: { __typename?: 'Customer', id: string, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, purpose: ConsentPurpose, granted: boolean, source: ConsentSource | null, at: string | null }> } };

export type WithdrawConsentMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  source: ConsentSource;
}>;


export type WithdrawConsentMutation = { __typename?: 'Mutation', withdrawConsent: { __typename?: 'Customer', id: string, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, purpose: ConsentPurpose, granted: boolean, source: ConsentSource | null, at: string | null }> } };

export type SetPersonalisationMutationVariables = Exact<{
  enabled: Scalars['Boolean']['input'];
}>;


export type SetPersonalisationMutation = { __typename?: 'Mutation', setPersonalisation: { __typename?: 'PersonalisationSetting', customerId: string, enabled: boolean } };

export type MyCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCouponsQuery = { __typename?: 'Query', me: { __typename?: 'Customer', coupons: Array<{ __typename?: 'Coupon', code: string, status: CouponStatus }> | null, available: Array<{ __typename?: 'Coupon', code: string }> | null } };

export type CouponCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type CouponCentreQuery = { __typename?: 'Query', couponTemplates: Array<{ __typename?: 'CouponTemplate', id: string, name: string, kind: CouponKind, amountOff: string | null, percentOff: number | null, threshold: string | null, validUntil: string | null, claimable: boolean }> };

export type ClaimCouponMutationVariables = Exact<{
  input: ClaimCouponInput;
}>;


export type ClaimCouponMutation = { __typename?: 'Mutation', claimCoupon: { __typename?: 'CouponIssue', replayed: boolean, coupon: { __typename?: 'Coupon', id: string, code: string, status: CouponStatus, validUntil: string } } };

export type MyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataExportQuery = { __typename?: 'Query', myDataExport: { __typename?: 'DataExport', customerId: string, generatedAt: string, formatVersion: number, customer: Record<string, unknown>, loyalty: Record<string, unknown> | null, service: Record<string, unknown> | null, marketing: Record<string, unknown> | null } };

export type MemberHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberHomeQuery = { __typename?: 'Query', me: { __typename?: 'Customer', name: string | null, loyalty: { __typename?: 'Loyalty', tier: { __typename?: 'Tier', code: string, nameZh: string, nameEn: string }, tierProgress: { __typename?: 'TierProgress', growth: number, growthToNext: number, validUntil: string | null, current: { __typename?: 'Tier', code: string }, next: { __typename?: 'Tier', code: string, nameZh: string } | null }, points: { __typename?: 'PointsSummary', balance: number, expiringSoon: number }, badges: Array<{ __typename?: 'Badge', code: string, nameZh: string, earnedAt: string }> } | null } };

export type PointsHistoryQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PointsHistoryQuery = { __typename?: 'Query', me: { __typename?: 'Customer', id: string, loyalty: { __typename?: 'Loyalty', points: { __typename?: 'PointsSummary', balance: number, expiringSoon: number }, history: { __typename?: 'PointsEntryConnection', nodes: Array<{ __typename?: 'PointsEntry', id: string, type: PointsEntryType, amount: number, balanceAfter: number, reasonCode: string, note: string | null, createdAt: string, expiresAt: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null } };

export type CheckInMutationVariables = Exact<{ [key: string]: never; }>;


export type CheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'CheckInResult', checkedIn: boolean, day: string, streak: number, growth: number, points: number, bonusStreak: number | null } };

export type RedeemPointsMutationVariables = Exact<{
  input: RedeemPointsInput;
}>;


export type RedeemPointsMutation = { __typename?: 'Mutation', redeemPoints: { __typename?: 'Redemption', balance: number, replayed: boolean, entry: { __typename?: 'PointsEntry', id: string, amount: number, balanceAfter: number, createdAt: string } } };

export type RecommendationsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecommendationsQuery = { __typename?: 'Query', me: { __typename?: 'Customer', id: string, personalisationEnabled: boolean | null, recommendations: Array<{ __typename?: 'ProductRecommendation', sku: string, category: string | null, reason: RecommendationReason, score: number }> | null } };

export type RewardCatalogueQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type RewardCatalogueQuery = { __typename?: 'Query', rewards: { __typename?: 'RewardConnection', nodes: Array<{ __typename?: 'Reward', id: string, name: string, description: string | null, kind: RewardKind, pointsPrice: number, price: number, remaining: number | null, validUntil: string | null, availability: RewardAvailability }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RewardExchangeFieldsFragment = { __typename?: 'RewardExchange', id: string, rewardId: string, rewardName: string, kind: RewardKind, points: number, tier: string, createdAt: string };

export type ExchangeRewardMutationVariables = Exact<{
  input: ExchangeRewardInput;
}>;


export type ExchangeRewardMutation = { __typename?: 'Mutation', exchangeReward: { __typename?: 'RewardExchangeResult', balance: number, replayed: boolean, exchange: { __typename?: 'RewardExchange', id: string, rewardId: string, rewardName: string, kind: RewardKind, points: number, tier: string, createdAt: string } } };

export type MyRewardExchangesQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRewardExchangesQuery = { __typename?: 'Query', me: { __typename?: 'Customer', id: string, loyalty: { __typename?: 'Loyalty', rewardExchanges: { __typename?: 'RewardExchangeConnection', totalCount: number, nodes: Array<{ __typename?: 'RewardExchange', id: string, rewardId: string, rewardName: string, kind: RewardKind, points: number, tier: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null } };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { __typename?: 'Mutation', openTicket: { __typename?: 'Ticket', id: string, type: TicketType, status: TicketStatus, subject: string, priority: TicketPriority, createdAt: string } };

export type OpenReturnMutationVariables = Exact<{
  input: OpenReturnInput;
}>;


export type OpenReturnMutation = { __typename?: 'Mutation', openReturn: { __typename?: 'ReturnRequest', id: string, stage: ReturnStage, amount: string, autoApproved: boolean, createdAt: string } };

export type ReturnProgressSubscriptionVariables = Exact<{
  returnId: Scalars['ID']['input'];
  afterSeq: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReturnProgressSubscription = { __typename?: 'Subscription', returnProgress: { __typename?: 'ReturnProgressEvent', seq: number, stage: ReturnStage, at: string, note: string | null, return: { __typename?: 'ReturnRequest', id: string, customer: { __typename?: 'Customer', id: string, loyalty: { __typename?: 'Loyalty', tier: { __typename?: 'Tier', code: string } } | null } } } };

export type TicketProgressSubscriptionVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  afterSeq: InputMaybe<Scalars['Int']['input']>;
}>;


export type TicketProgressSubscription = { __typename?: 'Subscription', ticketProgress: { __typename?: 'TicketProgressEvent', seq: number, status: TicketStatus, at: string, note: string | null, ticket: { __typename?: 'Ticket', id: string, status: TicketStatus } } };

export const MemberConsentsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberConsents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<MemberConsentsFragment, unknown>;
export const RewardExchangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardExchangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardExchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rewardId"}},{"kind":"Field","name":{"kind":"Name","value":"rewardName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RewardExchangeFieldsFragment, unknown>;
export const MyDeletionRequestDocument = {"__meta__":{"hash":"a247629c3b25d6347215492c292fd5f8d106d347ac858eebd1a614f4d8fbba44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDeletionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"erasesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyDeletionRequestQuery, MyDeletionRequestQueryVariables>;
export const RequestAccountDeletionDocument = {"__meta__":{"hash":"554ab2fb76cd7f65afc4979f36535c4589b0f2b36cca17c4fb11d64f724ed8b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"erasesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<RequestAccountDeletionMutation, RequestAccountDeletionMutationVariables>;
export const CancelAccountDeletionDocument = {"__meta__":{"hash":"315c44f687daf84bd3a77ab9ab5451b0a80d3ef2df62e7121dd6b1d8e04c426f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAccountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CancelAccountDeletionMutation, CancelAccountDeletionMutationVariables>;
export const MyBenefitsDocument = {"__meta__":{"hash":"ffc632bd3bfb46e316450b86606d5ee4c2c318e26158a96b4dcd72e1ae9bb64c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBenefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayGiftPoints"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayCouponTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"freeReturnShipping"}},{"kind":"Field","name":{"kind":"Name","value":"servicePriority"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeReturns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"allowance"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<MyBenefitsQuery, MyBenefitsQueryVariables>;
export const MyConsentsDocument = {"__meta__":{"hash":"5a61cac76f60e06c6e0cffc420cbf4131463704ceb1000d3f9692bc50c3e2fdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberConsents"}},{"kind":"Field","name":{"kind":"Name","value":"personalisationEnabled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberConsents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<MyConsentsQuery, MyConsentsQueryVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"c43d15af0f509a265963518dcd6fa743b202a821501a735dba46a6c4f69f90c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentChannel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentPurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentSource"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberConsents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberConsents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const WithdrawConsentDocument = {"__meta__":{"hash":"9da54d8f8a41e53584e79975ab0d2c63237ec293179eb1c4e86590db9f7e164c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentChannel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentPurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentSource"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberConsents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberConsents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const SetPersonalisationDocument = {"__meta__":{"hash":"0559fc5ea7e5ec87b7e5cf66f3e425307bd7c7b1bcc5080bf998c73e29667fca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPersonalisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPersonalisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetPersonalisationMutation, SetPersonalisationMutationVariables>;
export const MyCouponsDocument = {"__meta__":{"hash":"598ccf6b1841eb689970a09deb88b51280b18b198b727cfded8948bf1414bde8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCoupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"available"},"name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"AVAILABLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MyCouponsQuery, MyCouponsQueryVariables>;
export const CouponCentreDocument = {"__meta__":{"hash":"496231862f6bda92d85b58b84ae795a88a734e19a953e39038e01165058cb6ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouponCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountOff"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"claimable"}}]}}]}}]} as unknown as DocumentNode<CouponCentreQuery, CouponCentreQueryVariables>;
export const ClaimCouponDocument = {"__meta__":{"hash":"b0fc1e41c6c6ab9b58f60dce1e9406c29649d0ac0c2a662ad387e4a02b687b06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimCoupon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimCouponInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimCoupon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimCouponMutation, ClaimCouponMutationVariables>;
export const MyDataExportDocument = {"__meta__":{"hash":"0d1fcf2ee42d654f56089e8576a3bd0bc5be55c0403c44ea848e776308537914"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"formatVersion"}},{"kind":"Field","name":{"kind":"Name","value":"customer"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}}]}}]} as unknown as DocumentNode<MyDataExportQuery, MyDataExportQueryVariables>;
export const MemberHomeDocument = {"__meta__":{"hash":"a40ce275a151795ddbb84d69c881261cd61aad6c43a48eb9fc550d33e4b7eb0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"growthToNext"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"badges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"earnedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberHomeQuery, MemberHomeQueryVariables>;
export const PointsHistoryDocument = {"__meta__":{"hash":"6abc98dbfda8eb349b48f8f38cad82117bebf9f873488f1ee803bcb235db0145"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointsHistoryQuery, PointsHistoryQueryVariables>;
export const CheckInDocument = {"__meta__":{"hash":"c66e0ced22f5424423d221df90d6bdd6814583045e7d5f69ebb06d3be3c11391"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"streak"}},{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"bonusStreak"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const RedeemPointsDocument = {"__meta__":{"hash":"2d0be83defafb184105b0e408f4ea1296e7d5c0cb051c0a97b9869fa6bc22fbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemPointsMutation, RedeemPointsMutationVariables>;
export const RecommendationsDocument = {"__meta__":{"hash":"687817336318f778061b755f8535d18196fdfe6432eec66fc7505dbc8168ef69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalisationEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const RewardCatalogueDocument = {"__meta__":{"hash":"ff8bcd63aa4be18867c3b721979a02440b435aeca995bd16745748204171fbb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RewardCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPrice"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RewardCatalogueQuery, RewardCatalogueQueryVariables>;
export const ExchangeRewardDocument = {"__meta__":{"hash":"8185d2b59c2069f03a183c1bc36447086f234d7a5a6555a15550b93c45e794bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExchangeReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardExchangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardExchangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardExchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rewardId"}},{"kind":"Field","name":{"kind":"Name","value":"rewardName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ExchangeRewardMutation, ExchangeRewardMutationVariables>;
export const MyRewardExchangesDocument = {"__meta__":{"hash":"764901537828ed2e6b996790dab99316f15620b1e9bad286fa21b782a5fe6c37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRewardExchanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardExchanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardExchangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardExchangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardExchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rewardId"}},{"kind":"Field","name":{"kind":"Name","value":"rewardName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyRewardExchangesQuery, MyRewardExchangesQueryVariables>;
export const OpenTicketDocument = {"__meta__":{"hash":"5e632503b1015ffab84d0567fd950607c82a534d5113f23f2aec4e5e21979c98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OpenTicketMutation, OpenTicketMutationVariables>;
export const OpenReturnDocument = {"__meta__":{"hash":"3f7d1605c8de5b8351885b33a2291cb24d9a5a1bcd74b8e08e2b558640b6b96c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OpenReturnMutation, OpenReturnMutationVariables>;
export const ReturnProgressDocument = {"__meta__":{"hash":"a07da6d49953beebccf4295a6036070ce5667351c57d5c584758c918f5d5304f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReturnProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"returnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"returnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"returnId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReturnProgressSubscription, ReturnProgressSubscriptionVariables>;
export const TicketProgressDocument = {"__meta__":{"hash":"9c66b2c954f0a4e63508f19cd72f7a462578c779ddc460ca28f1d5e8d264cf6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TicketProgressSubscription, TicketProgressSubscriptionVariables>;