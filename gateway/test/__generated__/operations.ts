import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** A service agent of routing by skill: skills, capacity, online status and current load. */
export type Agent = {
  __typename?: 'Agent';
  /** The agent id (the subject of their staff token). */
  agentId: Scalars['String']['output'];
  /** How many open tickets the agent may hold at once (0–100). */
  capacity: Scalars['Int']['output'];
  /** Routing categories the agent handles: complaint categories (PRODUCT_QUALITY, REFUND, …) and the ticket types CONSULTATION and AFTER_SALES. */
  categories: Array<Scalars['String']['output']>;
  /** The name shown to colleagues. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Languages the agent serves in (two-letter codes such as zh, en). */
  languages: Array<Scalars['String']['output']>;
  /** The open tickets (NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER) assigned to the agent now. */
  load: Scalars['Int']['output'];
  /** True while the agent is online and receives tickets. */
  online: Scalars['Boolean']['output'];
  /** When the agent last went online or offline. */
  onlineChangedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** True when the agent serves VIP customers (VIP tiers go to VIP agents when one is online). */
  vip: Scalars['Boolean']['output'];
};

/** A page of the agent directory, by agent id. */
export type AgentConnection = {
  __typename?: 'AgentConnection';
  /** The agents of this page with their cursors. */
  edges: Array<AgentEdge>;
  /** The agents of this page. */
  nodes: Array<Agent>;
  /** Where this page sits in the directory. */
  pageInfo: PageInfo;
  /** How many agents the directory holds (with the same filter), counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** An agent and their cursor. */
export type AgentEdge = {
  __typename?: 'AgentEdge';
  /** Pass as `after` to read on from this agent. */
  cursor: Scalars['String']['output'];
  /** The agent. */
  node: Agent;
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

/** One entry of the audit trail: what happened to whose data, who did it, when; no personal data (README "Audit trail"). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who did it (the token subject; null for a change no signed-in caller made). */
  actorId: Maybe<Scalars['String']['output']>;
  /** Their role at the time. */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Whose data (for a merge: the survivor). */
  customerId: Scalars['ID']['output'];
  /** What the entry is about, without personal data, by kind: MERGE {mergedId}, ERASURE {formerIds}, DATA_EXPORT {}, PII_REVEAL {field}, CONSENT_CHANGE {channel, purpose, granted, source}, PROFILE_CHANGE {fields}, IDENTITY_UNLINK {identityType, appId}, UNMERGE {mergeId, restoredId}. */
  detail: Scalars['JSONObject']['output'];
  /** The entry, as `<kind>:<id of the audit row>`. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: AuditKind;
  /** The reason staff gave (merges, unmerges, erasures, identity unlinks; written without personal data). */
  reason: Maybe<Scalars['String']['output']>;
  /** The other customer the entry names: for a merge, the customer merged into `customerId`. */
  relatedCustomerId: Maybe<Scalars['ID']['output']>;
};

/** A page of the audit trail, newest first (Relay cursor connection). */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The entries of this page (without cursors). */
  nodes: Array<AuditEntry>;
  /** Where this page sits in the trail. */
  pageInfo: PageInfo;
  /** How many entries match the filter in all, counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry in a page, with the cursor to continue after it. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
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

/** An achievement a customer earned (each badge once). */
export type Badge = {
  __typename?: 'Badge';
  /** Stable code, e.g. FIRST_ORDER, CHECK_IN_STREAK_7. */
  code: Scalars['String']['output'];
  /** When it was earned. */
  earnedAt: Scalars['DateTimeISO']['output'];
  /** Display name in English. */
  nameEn: Scalars['String']['output'];
  /** Display name in Chinese. */
  nameZh: Scalars['String']['output'];
};

/** A badge rule: earned once when the metric reaches the threshold. */
export type BadgeRule = {
  __typename?: 'BadgeRule';
  /** Stable code, e.g. FIRST_ORDER. */
  code: Scalars['String']['output'];
  /** What is counted: orders, checkInStreak, reviews, shares or referrals. */
  metric: Scalars['String']['output'];
  /** Display name in English. */
  nameEn: Scalars['String']['output'];
  /** Display name in Chinese. */
  nameZh: Scalars['String']['output'];
  /** The count that earns the badge. */
  threshold: Scalars['Int']['output'];
};

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

/** Something the customer did: a login, a product or category view, a search or an add-to-cart. */
export type BehaviourEvent = {
  __typename?: 'BehaviourEvent';
  /** The category, if any. */
  category: Maybe<Scalars['String']['output']>;
  /** What they did. */
  kind: BehaviourKind;
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The search text, for SEARCH events. */
  query: Maybe<Scalars['String']['output']>;
  /** The product, if any. */
  sku: Maybe<Scalars['String']['output']>;
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

/** A marketing campaign. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Attribution window in days. */
  attributionDays: Scalars['Int']['output'];
  /** The most the campaign may spend (null: no limit). */
  budget: Maybe<Scalars['Money']['output']>;
  /** The channel. */
  channel: MessageChannel;
  /** Cost of one message. */
  costPerMessage: Scalars['Money']['output'];
  /** The coupon each message carries. */
  couponTemplate: Maybe<CouponTemplate>;
  /** The coupon template each message carries. */
  couponTemplateId: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The window closes (exclusive): nothing is sent from then on (null: never). */
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Percentage held out. */
  holdoutPercent: Scalars['Int']['output'];
  /** Stable campaign id. */
  id: Scalars['ID']['output'];
  /** One-shot or triggered. */
  kind: CampaignKind;
  /** When it was first launched. */
  launchedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Whether customers who turned personalisation off are left out. */
  personalised: Scalars['Boolean']['output'];
  /** Where the campaign stands against its window now: SCHEDULED (before startsAt), OPEN, ENDED (from endsAt on). */
  phase: CampaignPhase;
  /** Budget minus spent: what is left to spend (null without a budget). */
  remaining: Maybe<Scalars['Money']['output']>;
  /** Sends, conversions, revenue, incremental revenue against the holdout, cost and ROI per variant. */
  report: Array<CampaignArmReport>;
  /** The audience segment. */
  segment: Maybe<Segment>;
  /** The audience segment (null: every customer). */
  segmentId: Maybe<Scalars['ID']['output']>;
  /** What its SENT messages have spent: each its cost per message plus the value of its coupon (amount off; a percentage coupon's cap; free shipping 0). Counted with or without a budget. */
  spent: Scalars['Money']['output'];
  /** The window opens: nothing is sent before (null: open). */
  startsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Draft, active or paused. */
  status: CampaignStatus;
  /** The trigger (TRIGGERED campaigns). */
  trigger: Maybe<CampaignTrigger>;
  /** The variants and the holdout, with their shares. */
  variants: Array<CampaignVariant>;
};

/** Results of one variant or the holdout: orders attributed within the window after the send. */
export type CampaignArmReport = {
  __typename?: 'CampaignArmReport';
  /** Messages sent (for the holdout: customers held out). */
  audience: Scalars['Int']['output'];
  /** clicked / delivered (null when none was reported delivered). */
  clickRate: Maybe<Scalars['Float']['output']>;
  /** Messages reported clicked. */
  clicked: Scalars['Int']['output'];
  /** The variant's code, or HOLDOUT. */
  code: Scalars['String']['output'];
  /** Converted customers whose message was reported delivered / delivered (null when none was reported delivered). */
  conversionRate: Maybe<Scalars['Float']['output']>;
  /** Customers with at least one attributed order. */
  conversions: Scalars['Int']['output'];
  /** Messages × cost per message. */
  cost: Scalars['Money']['output'];
  /** cost / delivered: what one message that arrived cost (null when none was reported delivered). */
  costPerDelivered: Maybe<Scalars['Money']['output']>;
  /** Messages reported delivered by delivery receipts (opened and clicked imply it; 0 for the holdout). */
  delivered: Scalars['Int']['output'];
  /** delivered / messages sent (null for the holdout or before any send). */
  deliveryRate: Maybe<Scalars['Float']['output']>;
  /** True for the holdout group. */
  holdout: Scalars['Boolean']['output'];
  /** Revenue minus what the holdout's revenue per member predicts for this audience (null without a holdout). */
  incrementalRevenue: Maybe<Scalars['Money']['output']>;
  /** opened / delivered (null when none was reported delivered). */
  openRate: Maybe<Scalars['Float']['output']>;
  /** Messages reported opened (or clicked). */
  opened: Scalars['Int']['output'];
  /** Attributed order revenue. */
  revenue: Scalars['Money']['output'];
  /** ROI = (incremental revenue − cost) / cost (null without a holdout or without cost): cost counts every attempted message and the arm is compared whole with the holdout, so undelivered messages lower it. */
  roi: Maybe<Scalars['Float']['output']>;
};

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

/** One campaign's results over a range of business days (Asia/Shanghai): messages decided in the range, orders attributed to the campaign paid in the range. */
export type CampaignRoi = {
  __typename?: 'CampaignRoi';
  /** (Attributed revenue − cost) / cost, for campaigns without a holdout too; null without cost. */
  attributedRoi: Maybe<Scalars['Float']['output']>;
  /** The campaign. */
  campaignId: Scalars['ID']['output'];
  /** The campaign's channel. */
  channel: MessageChannel;
  /** clicked / delivered (null when none was reported delivered). */
  clickRate: Maybe<Scalars['Float']['output']>;
  /** Of the messages sent in the range, how many were reported clicked. */
  clicked: Scalars['Int']['output'];
  /** Converted customers whose message was reported delivered / delivered messages: the conversion rate over messages that arrived (null when none was reported delivered). */
  conversionRate: Maybe<Scalars['Float']['output']>;
  /** Customers of the variants with at least one attributed order (the holdout's are not counted). */
  conversions: Scalars['Int']['output'];
  /** Messages sent (attempted, delivered or not) × cost per message. */
  cost: Scalars['Money']['output'];
  /** cost / delivered: what one message that arrived cost, since every attempt is paid (null when none was reported delivered). */
  costPerDelivered: Maybe<Scalars['Money']['output']>;
  /** Of the messages sent in the range, how many the channel reported delivered (delivery receipts at any time; OPENED and CLICKED imply it). */
  delivered: Scalars['Int']['output'];
  /** delivered / sent (null when nothing was sent). */
  deliveryRate: Maybe<Scalars['Float']['output']>;
  /** Customers held out (sent nothing) in the range. */
  heldOut: Scalars['Int']['output'];
  /** Revenue above what the holdout's revenue per member predicts (null without a holdout in the range). */
  incrementalRevenue: Maybe<Scalars['Money']['output']>;
  /** The campaign's name. */
  name: Scalars['String']['output'];
  /** opened / delivered: over the messages that arrived, not the ones attempted (null when none was reported delivered). */
  openRate: Maybe<Scalars['Float']['output']>;
  /** Of the messages sent in the range, how many were reported opened (or clicked). */
  opened: Scalars['Int']['output'];
  /** Attributed order revenue of the variants. */
  revenue: Scalars['Money']['output'];
  /** ROI as in the campaign's A/B report: (incremental revenue − cost) / cost; null without a holdout or without cost. Its bases are deliberate: cost is every attempted message (each is paid, delivered or not), and incremental revenue compares the whole arms with the holdout, so messages that never arrived lower the ROI. Rates of the messages themselves (openRate, clickRate, conversionRate, costPerDelivered) are taken over delivered messages. */
  roi: Maybe<Scalars['Float']['output']>;
  /** Messages sent in the range. */
  sent: Scalars['Int']['output'];
};

/** Where a campaign stands. */
export type CampaignStatus =
  /** Launched: sends and triggers run. */
  | 'ACTIVE'
  /** Created, not launched: nothing is sent. */
  | 'DRAFT'
  /** Stopped: nothing is sent until launched again (pending timers wait). */
  | 'PAUSED';

/** What fires a triggered campaign. */
export type CampaignTrigger = {
  __typename?: 'CampaignTrigger';
  /** Category (CATEGORY_BROWSED). */
  category: Maybe<Scalars['String']['output']>;
  /** Days (INACTIVE_DAYS, DAYS_AFTER_FIRST_ORDER). */
  days: Maybe<Scalars['Int']['output']>;
  /** Hours (CART_ABANDONED). */
  hours: Maybe<Scalars['Int']['output']>;
  /** Churn probability threshold (CHURN_RISK_ROSE). */
  threshold: Maybe<Scalars['Float']['output']>;
  /** Tier (TIER_UPGRADED). */
  tier: Maybe<Scalars['String']['output']>;
  /** Browses (CATEGORY_BROWSED). */
  times: Maybe<Scalars['Int']['output']>;
  /** The trigger. */
  type: TriggerType;
};

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

/** One variant (or the holdout) of a campaign. */
export type CampaignVariant = {
  __typename?: 'CampaignVariant';
  /** Customers assigned to it so far. */
  assigned: Scalars['Int']['output'];
  /** Message body (null for the holdout). */
  body: Maybe<Scalars['String']['output']>;
  /** The variant's code; HOLDOUT for the holdout group. */
  code: Scalars['String']['output'];
  /** Its share of the audience in percent. */
  sharePercent: Scalars['Float']['output'];
  /** Title. */
  title: Maybe<Scalars['String']['output']>;
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

/** How often and when customers may be contacted on a channel. */
export type ChannelPolicy = {
  __typename?: 'ChannelPolicy';
  /** The channel. */
  channel: MessageChannel;
  /** At most this many messages per customer within the window. */
  maxPerWindow: Scalars['Int']['output'];
  /** Quiet hours end (HH:MM Asia/Shanghai, exclusive). */
  quietEnd: Maybe<Scalars['String']['output']>;
  /** Quiet hours start (HH:MM Asia/Shanghai). */
  quietStart: Maybe<Scalars['String']['output']>;
  /** The window in hours. */
  windowHours: Scalars['Int']['output'];
};

/** What a check-in gave. Checking in again on the same day gives nothing more. */
export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** The streak milestone whose bonus this check-in reached (7, 30), if any. */
  bonusStreak: Maybe<Scalars['Int']['output']>;
  /** True when this call checked in; false when today was already checked in. */
  checkedIn: Scalars['Boolean']['output'];
  /** The Asia/Shanghai day. */
  day: Scalars['LocalDate']['output'];
  /** Growth value granted by this call (including a streak bonus). */
  growth: Scalars['Int']['output'];
  /** Points granted by this call (including a streak bonus). */
  points: Scalars['Int']['output'];
  /** The streak after this check-in. */
  streak: Scalars['Int']['output'];
};

/** Daily check-in state (days are Asia/Shanghai days). */
export type CheckInStatus = {
  __typename?: 'CheckInStatus';
  /** The last day checked in. */
  lastDay: Maybe<Scalars['LocalDate']['output']>;
  /** Consecutive days up to today (or yesterday, while today is still open); 0 when broken. */
  streak: Scalars['Int']['output'];
  /** True when the customer checked in today. */
  today: Scalars['Boolean']['output'];
};

/** A customer claims a coupon for themself. */
export type ClaimCouponInput = {
  /** Makes the claim safe to retry: the same key returns the same coupon (1–128 of letters, digits, _ . : -). */
  idempotencyKey: Scalars['String']['input'];
  /** The coupon template. */
  templateId: Scalars['ID']['input'];
};

/** The CLV distribution of one segment or tier, over the customer-value scores marketing last heard (customer.value_changed). */
export type ClvGroup = {
  __typename?: 'ClvGroup';
  /** Average churn probability (0–1) of the scored customers; null when none is scored. */
  averageChurnProbability: Maybe<Scalars['Float']['output']>;
  /** Average 365-day CLV (10 % a year discount) of the scored customers; null when none is scored. */
  averageClv: Maybe<Scalars['Money']['output']>;
  /** Customers in the group. */
  customers: Scalars['Int']['output'];
  /** Scored customers per CLV decile over all customers: ten counts, decile 1 (least valuable) first. */
  deciles: Array<Scalars['Int']['output']>;
  /** The group: the segment id, or the tier code. */
  key: Scalars['String']['output'];
  /** The segment's name, or the tier code. */
  name: Scalars['String']['output'];
  /** Of those, customers with a value score (scored by a model fit). */
  scoredCustomers: Scalars['Int']['output'];
  /** Sum of the scored customers' 365-day CLV. */
  totalClv: Scalars['Money']['output'];
};

/** How the CLV distribution groups customers. */
export type ClvGrouping =
  /** One group per saved (not archived) segment, by its members; a customer may be in several. */
  | 'SEGMENT'
  /** One group per loyalty tier; customers without a tier event are in the base tier (MEMBER). */
  | 'TIER';

/** A cohort: the customers whose first purchase (in the slice) fell in one month, and who of them bought in each month since. */
export type Cohort = {
  __typename?: 'Cohort';
  /** Buyers in month 0 (the whole cohort), 1, 2, … after the first purchase, up to the current month. */
  active: Array<Scalars['Int']['output']>;
  /** Customers in the cohort. */
  customers: Scalars['Int']['output'];
  /** First day of the first-purchase month. */
  month: Scalars['LocalDate']['output'];
  /** active as a percent of customers (one decimal), column by column. */
  retainedPercent: Array<Scalars['Float']['output']>;
};

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

/** Whether the customer currently agrees to be contacted on a channel for a purpose. Never given counts as not granted. */
export type Consent = {
  __typename?: 'Consent';
  /** When the last decision was made; null when never given. */
  at: Maybe<Scalars['DateTimeISO']['output']>;
  /** The channel. */
  channel: ConsentChannel;
  /** True when contact on this channel for this purpose is allowed. */
  granted: Scalars['Boolean']['output'];
  /** The purpose. */
  purpose: ConsentPurpose;
  /** Where the last decision was captured; null when never given. */
  source: Maybe<ConsentSource>;
};

/** One consent decision as recorded: a grant or a withdrawal, with where, when and by whom. */
export type ConsentChange = {
  __typename?: 'ConsentChange';
  /** The role of who recorded it (customer, agent, admin, system); null when carried over from an import or merge without one. */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When the decision was made. */
  at: Scalars['DateTimeISO']['output'];
  /** The channel. */
  channel: ConsentChannel;
  /** True for a grant, false for a withdrawal. */
  granted: Scalars['Boolean']['output'];
  /** The purpose. */
  purpose: ConsentPurpose;
  /** Where the decision was captured. */
  source: ConsentSource;
};

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

/** A coupon held by a customer. */
export type Coupon = {
  __typename?: 'Coupon';
  /** The campaign that sent it (source CAMPAIGN). */
  campaignId: Maybe<Scalars['ID']['output']>;
  /** The code shown to the customer and scanned at a till. */
  code: Scalars['String']['output'];
  /** The customer who holds it. */
  customerId: Scalars['ID']['output'];
  /** What it took off when redeemed. */
  discount: Maybe<Scalars['Money']['output']>;
  /** Stable coupon id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The order it was redeemed on (online). */
  orderId: Maybe<Scalars['String']['output']>;
  /** When it was redeemed. */
  redeemedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where it was redeemed. */
  redemptionChannel: Maybe<CouponChannel>;
  /** How it reached the customer. */
  source: CouponSource;
  /** AVAILABLE, REDEEMED or EXPIRED now. */
  status: CouponStatus;
  /** The store it was redeemed in. */
  storeId: Maybe<Scalars['String']['output']>;
  /** The store's transaction id. */
  storeTransactionId: Maybe<Scalars['String']['output']>;
  /** The coupon's terms. */
  template: CouponTemplate;
  /** Valid from. */
  validFrom: Scalars['DateTimeISO']['output'];
  /** Valid until; it cannot be redeemed after this. */
  validUntil: Scalars['DateTimeISO']['output'];
};

/** Where a coupon can be used. */
export type CouponChannel =
  /** Against an online order (app, mini-program, web). */
  | 'ONLINE'
  /** At a till in a store, with the store's transaction id. */
  | 'STORE';

/** The outcome of a claim or issue. */
export type CouponIssue = {
  __typename?: 'CouponIssue';
  /** The coupon. */
  coupon: Coupon;
  /** True when the idempotency key was seen before and the stored coupon is returned. */
  replayed: Scalars['Boolean']['output'];
};

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

/** The outcome of a redemption. */
export type CouponRedemption = {
  __typename?: 'CouponRedemption';
  /** The redeemed coupon. */
  coupon: Coupon;
  /** What it took off. */
  discount: Scalars['Money']['output'];
  /** True when this redemption had been made before (same order, or same store transaction) and the stored result is returned. */
  replayed: Scalars['Boolean']['output'];
};

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

/** A kind of coupon: its terms, validity, stock and where it can be used. */
export type CouponTemplate = {
  __typename?: 'CouponTemplate';
  /** The amount taken off (AMOUNT_OFF, THRESHOLD). */
  amountOff: Maybe<Scalars['Money']['output']>;
  /** Where it can be used. */
  channels: Array<CouponChannel>;
  /** Whether customers may claim it themselves. */
  claimable: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable template id. */
  id: Scalars['ID']['output'];
  /** How many have been issued. */
  issued: Scalars['Int']['output'];
  /** What it takes off. */
  kind: CouponKind;
  /** The most it takes off (PERCENT_OFF, FREE_SHIPPING). */
  maxDiscount: Maybe<Scalars['Money']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** How many one customer may hold. */
  perCustomerLimit: Scalars['Int']['output'];
  /** The percentage taken off (PERCENT_OFF). */
  percentOff: Maybe<Scalars['Int']['output']>;
  /** How many may be issued in all. */
  stock: Scalars['Int']['output'];
  /** The order amount needed (THRESHOLD). */
  threshold: Maybe<Scalars['Money']['output']>;
  /** Days a coupon is valid after issue (null when a window applies). */
  validDays: Maybe<Scalars['Int']['output']>;
  /** Start of the validity window (null: from issue). */
  validFrom: Maybe<Scalars['DateTimeISO']['output']>;
  /** End of the validity window (null when validDays applies). */
  validUntil: Maybe<Scalars['DateTimeISO']['output']>;
};

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

/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type Customer = {
  __typename?: 'Customer';
  /** Date of birth (YYYY-MM-DD). */
  birthday: Maybe<Scalars['LocalDate']['output']>;
  /** Consent decisions of this customer, newest first. */
  consentHistory: Array<ConsentChange>;
  /** The current consent for each of the 8 channel × purpose pairs; never given counts as not granted. */
  consents: Array<Consent>;
  /** The customer's coupons, newest first, at most `first` (null only when the marketing service cannot answer, with an error). */
  coupons: Maybe<Array<Coupon>>;
  /** This customer's latest account deletion request (null if they never asked): the customer themself, agents and admins. */
  deletionRequest: Maybe<DeletionRequest>;
  /** Email; shown as z***@example.com unless you are this customer, an admin or staff with the pii:reveal scope (staff reads are audited). */
  email: Maybe<Scalars['String']['output']>;
  /** The customer's free returns this year by loyalty tier (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error. */
  freeReturns: Maybe<FreeReturnAllowance>;
  /** Gender as stated by the customer. */
  gender: Gender;
  /** Stable customer id (UUID). */
  id: Scalars['ID']['output'];
  /** Every identity of this customer across channels. */
  identities: Array<Identity>;
  /** Last login, browse, search, cart or order activity. */
  lastActiveAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The customer's lifecycle stage moves, newest first, with time and cause (agents, marketers, admins). */
  lifecycleHistory: Array<LifecycleTransition>;
  /** Lifecycle stage derived from orders, refreshed when an order is recorded and daily. */
  lifecycleStage: LifecycleStage;
  /** Loyalty: tier, points, growth value, badges, referral code and check-in (null only when the loyalty service cannot answer, with an error). */
  loyalty: Maybe<Loyalty>;
  /** Display name. */
  name: Maybe<Scalars['String']['output']>;
  /** The customer's orders, newest paid first (cursor pagination). */
  orders: OrderConnection;
  /** Whether personalised recommendations and campaigns are on for this customer (PIPL Art. 24; default true). */
  personalisationEnabled: Maybe<Scalars['Boolean']['output']>;
  /** Phone; shown as 138****1234 unless you are this customer, an admin or staff with the pii:reveal scope (staff reads are audited). */
  phone: Maybe<Scalars['String']['output']>;
  /** The latest behaviour events of this customer, newest first. */
  recentBehaviour: Array<BehaviourEvent>;
  /** Products for this customer: bought-together items they have not bought, topped up with popular ones; only popular items when they turned personalisation off. */
  recommendations: Maybe<Array<ProductRecommendation>>;
  /** Region, e.g. a province or city code. */
  region: Maybe<Scalars['String']['output']>;
  /** When the customer registered. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** The channel the customer registered through. */
  registrationChannel: Channel;
  /** The customer's returns, newest first (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error. */
  returns: Maybe<ReturnRequestConnection>;
  /** RFM scores; null until computed, and for customers without orders. */
  rfm: Maybe<RfmScores>;
  /** The saved segments the customer belongs to, at most `first` (staff: marketers, admins, agents; customers get FORBIDDEN). */
  segments: Maybe<Array<SegmentMembership>>;
  /** The tags of this customer that have not expired, by name, at most `first`. */
  tags: Array<Tag>;
  /** The customer's tickets from every channel, newest first, with their conversations (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error. */
  tickets: Maybe<TicketConnection>;
  /** Predicted value and churn (staff only): null before the first model fit and for customers without a purchase by the model's calibration end. */
  value: Maybe<CustomerValue>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerConsentHistoryArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerCouponsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<CouponStatus>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerLifecycleHistoryArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerOrdersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerRecentBehaviourArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerRecommendationsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerReturnsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerSegmentsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerTagsArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerTicketsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

/** A page of customers, newest registration first (Relay connection). */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers of this page with their cursors. */
  edges: Array<CustomerEdge>;
  /** The customers of this page. */
  nodes: Array<Customer>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many customers match the filter in all (not only this page). */
  totalCount: Scalars['Int']['output'];
};

/** A customer in a page of the customers listing. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque cursor of this customer; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** What an erasure did. */
export type CustomerErasure = {
  __typename?: 'CustomerErasure';
  /** The erased customer (a merged id given as input answers its survivor). */
  customerId: Scalars['ID']['output'];
  /** When. */
  erasedAt: Scalars['DateTimeISO']['output'];
  /** Customers merged into this one earlier, blanked with it. */
  formerIds: Array<Scalars['ID']['output']>;
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

/** An undone merge (audited in customer.unmerges). */
export type CustomerUnmerge = {
  __typename?: 'CustomerUnmerge';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The unmerge record. */
  id: Scalars['ID']['output'];
  /** The merge it undid. */
  mergeId: Scalars['ID']['output'];
  /** What went back to the restored customer in this subgraph (other domains follow through customer.unmerged). */
  restored: Array<UnmergeRestored>;
  /** The customer that is active again. */
  restoredId: Scalars['ID']['output'];
  /** The customer that remained in the merge. */
  survivorId: Scalars['ID']['output'];
};

/** A customer's predicted value under the current model, from their purchase occasions up to the model's calibration end (predictions start from that day). */
export type CustomerValue = {
  __typename?: 'CustomerValue';
  /** 1 − pAlive: probability the customer has stopped buying. */
  churnProbability: Scalars['Float']['output'];
  /** Customer lifetime value over the `days` after the calibration end: expected purchases × expected order value, discounted per 30-day step at annualDiscountRate; null when the model has no spend part. */
  clv: Maybe<Scalars['Money']['output']>;
  /** Expected value of one purchase occasion (Gamma-Gamma: the customer's mean shrunk towards the population's); null when the model has no spend part. */
  expectedOrderValue: Maybe<Scalars['Money']['output']>;
  /** Expected purchase occasions (customer-days with orders) in the `days` after the calibration end (1 to 3650). */
  expectedPurchases: Scalars['Float']['output'];
  /** The model these figures come from. */
  model: ValueModel;
  /** Probability the customer is still active (BG/NBD P(alive)); 1 for a customer with a single purchase, as the model assumes. */
  pAlive: Scalars['Float']['output'];
  /** The day by which one more purchase is expected (expected purchases since the calibration end reach 1); null when not within ten years. */
  predictedNextPurchaseBy: Maybe<Scalars['LocalDate']['output']>;
};


/** A customer's predicted value under the current model, from their purchase occasions up to the model's calibration end (predictions start from that day). */
export type CustomerValueClvArgs = {
  annualDiscountRate: InputMaybe<Scalars['Float']['input']>;
  days: Scalars['Int']['input'];
};


/** A customer's predicted value under the current model, from their purchase occasions up to the model's calibration end (predictions start from that day). */
export type CustomerValueExpectedPurchasesArgs = {
  days: Scalars['Int']['input'];
};

/** One person's data export (PIPL Art. 45): every section is a JSON document of that person's own data, unmasked, its lists complete up to 10,000 entries each (a longer list is cut and named in the section's `truncated`). Each export is audited (kind DATA_EXPORT). Shape: README "Data export". */
export type DataExport = {
  __typename?: 'DataExport';
  /** The customer section: profile, identities, tags, consents and consent history, orders with lines and refunds, behaviour summary and events, lifecycle history, former (merged) ids. */
  customer: Scalars['JSONObject']['output'];
  /** Whose data this is. */
  customerId: Scalars['ID']['output'];
  /** The version of the documented shape of the sections (README "Data export"); 1. */
  formatVersion: Scalars['Int']['output'];
  /** When the export was made (and audited). */
  generatedAt: Scalars['DateTimeISO']['output'];
  /** The loyalty section: member (tier, referral code), pointsBalance, tierHistory, ledger, growth, badges, checkIns, engagements, birthdayGifts, referredBy, referrals (README "Data export"). Null only when the loyalty service cannot answer, with an error. */
  loyalty: Maybe<Scalars['JSONObject']['output']>;
  /** The marketing section: personalisation choice, coupons, segment memberships, send log (with the messages sent), A/B assignments (README "Data export"). Null only when the marketing subgraph cannot answer, with an error. */
  marketing: Maybe<Scalars['JSONObject']['output']>;
  /** The service section: tickets with their messages, returns with lines and progress, surveys (README "Data export"). Null only when the service subgraph cannot answer, with an error. */
  service: Maybe<Scalars['JSONObject']['output']>;
};

/** A customer's request to delete their account (PIPL Art. 47): erased after a cooling-off period unless cancelled. */
export type DeletionRequest = {
  __typename?: 'DeletionRequest';
  /** When it was cancelled or carried out (null while pending). */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the account is erased unless the request is cancelled first. */
  erasesAt: Scalars['DateTimeISO']['output'];
  /** The request. */
  id: Scalars['ID']['output'];
  /** When the customer asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** PENDING, CANCELLED or ERASED. */
  status: DeletionRequestStatus;
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

/** What one delivery receipt of a batch did. */
export type DeliveryReceiptResult = {
  __typename?: 'DeliveryReceiptResult';
  /** The message id as given. */
  messageId: Scalars['ID']['output'];
  /** Applied, unchanged (already at that stage or later), or unknown message. */
  outcome: ReceiptOutcome;
  /** The stage the message stands at after the batch (null for an unknown message). */
  stage: Maybe<DeliveryStage>;
};

/** How far a sent message got, from the channel's delivery receipts; each stage implies the earlier ones, and a message only moves forward. */
export type DeliveryStage =
  /** The customer followed its link. */
  | 'CLICKED'
  /** The channel delivered it to the customer. */
  | 'DELIVERED'
  /** The customer opened (read) it. */
  | 'OPENED';

/** How orders earn: base rates before the tier multiplier. */
export type EarningRules = {
  __typename?: 'EarningRules';
  /** Growth value per yuan paid. */
  growthPerYuan: Scalars['Float']['output'];
  /** Base points per yuan paid (fractions of points are dropped). */
  pointsPerYuan: Scalars['Float']['output'];
};

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

/** What recording an engagement gave. */
export type EngagementResult = {
  __typename?: 'EngagementResult';
  /** True when the daily cap for this kind was already reached (recorded, no growth). */
  capped: Scalars['Boolean']['output'];
  /** Growth value granted. */
  growth: Scalars['Int']['output'];
  /** False when this review or share was recorded before (nothing changed). */
  recorded: Scalars['Boolean']['output'];
};

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

/** A customer's free returns in the current calendar year (Asia/Shanghai): the loyalty tier's allowance, used and remaining. */
export type FreeReturnAllowance = {
  __typename?: 'FreeReturnAllowance';
  /** Free return shipments a year at the customer's tier (loyalty's freeReturnShipping benefit). */
  allowance: Scalars['Int']['output'];
  /** Free returns left this year; at 0 returns are still accepted, with paid shipping. */
  remaining: Scalars['Int']['output'];
  /** Free returns used this year (rejected or cancelled returns give theirs back). */
  used: Scalars['Int']['output'];
  /** The calendar year (Asia/Shanghai). */
  year: Scalars['Int']['output'];
};

/** Gender as the customer stated it. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** One way a customer is known on a channel (ID-mapping). */
export type Identity = {
  __typename?: 'Identity';
  /** The WeChat appid for per-app openids, the source system for IMPORT_ID; null otherwise. */
  appId: Maybe<Scalars['String']['output']>;
  /** When it was linked. */
  linkedAt: Scalars['DateTimeISO']['output'];
  /** The kind of identity. */
  type: IdentityType;
  /** The identifier on that channel (masked for phone identities unless you may see PII). */
  value: Scalars['String']['output'];
};

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

/** One move of a customer's lifecycle stage, with when and why. */
export type LifecycleTransition = {
  __typename?: 'LifecycleTransition';
  /** When it moved. */
  at: Scalars['DateTimeISO']['output'];
  /** What moved it. */
  cause: LifecycleCause;
  /** The stage before. */
  from: LifecycleStage;
  /** The stage after. */
  to: LifecycleStage;
};

/** A customer's loyalty account: tier and progress, points, growth value, badges, referral code and check-in. */
export type Loyalty = {
  __typename?: 'Loyalty';
  /** Badges earned, oldest first, with the date earned. */
  badges: Array<Badge>;
  /** Whether the customer checked in today, and the current streak. */
  checkIn: CheckInStatus;
  /** The customer whose account this is (the survivor, for a merged customer). */
  customerId: Scalars['ID']['output'];
  /** Growth value earned in the rolling window (the tier thresholds apply to it). */
  growth: Scalars['Int']['output'];
  /** The points ledger, newest first (Relay cursor pagination). */
  history: PointsEntryConnection;
  /** The points balance and what lapses soon. */
  points: PointsSummary;
  /** The code a new customer enters at registration to be referred by this customer. */
  referralCode: Scalars['String']['output'];
  /** The member's reward exchanges, newest first (Relay cursor pagination). */
  rewardExchanges: RewardExchangeConnection;
  /** The current tier. */
  tier: Tier;
  /** Every tier change, oldest first. */
  tierHistory: Array<TierChange>;
  /** Current and next tier, growth still needed, and until when the tier is valid. */
  tierProgress: TierProgress;
};


/** A customer's loyalty account: tier and progress, points, growth value, badges, referral code and check-in. */
export type LoyaltyHistoryArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A customer's loyalty account: tier and progress, points, growth value, badges, referral code and check-in. */
export type LoyaltyRewardExchangesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

/** The loyalty programme kept as data: tiers with their benefits, earning rules and badges. */
export type LoyaltyProgramme = {
  __typename?: 'LoyaltyProgramme';
  /** The badge rules. */
  badges: Array<BadgeRule>;
  /** The earning rates. */
  earning: EarningRules;
  /** The tier table, lowest (base, threshold 0) first. */
  tiers: Array<Tier>;
};

/** One version of the loyalty programme: every change is a new version, with who made it, when and why. */
export type LoyaltyProgrammeVersion = {
  __typename?: 'LoyaltyProgrammeVersion';
  /** Who saved it (staff id; loyalty-settings for the seed). */
  actorId: Scalars['String']['output'];
  /** The role they acted in. */
  actorRole: Scalars['String']['output'];
  /** When it was saved (and took effect). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The programme of this version. */
  programme: LoyaltyProgramme;
  /** Why it was changed. */
  reason: Scalars['String']['output'];
  /** Version number, 1 (seeded from the environment settings) upwards; the highest is in force. */
  version: Scalars['Int']['output'];
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Put tags on a customer, or update type, source and expiry of tags they have (agents, marketers, admins, integrations). Emits customer.tags_changed when the effective tags change. */
  addTags: Customer;
  /** Add or take points with a mandatory reason (admins only; audited on the ledger line). */
  adjustPoints: PointsEntry;
  /** Move a return to its next stage: SHIPPED_BACK (the customer, with the tracking number), COURIER_PICKED_UP, RECEIVED, QUALITY_CHECK and REFUNDED (staff and the logistics feed). REFUNDED emits return.refunded: the order records the refund and loyalty reverses the points. */
  advanceReturn: ReturnRequest;
  /** Answer a satisfaction survey, once (the customer it was offered to). A CSAT ≤ 2 or NPS ≤ 6 opens a recovery ticket. Emits survey.answered. */
  answerSurvey: Survey;
  /** Approve a requested return (agents, admins, integrations). */
  approveReturn: ReturnRequest;
  /** Archive a segment: its members leave it (marketers, admins; refused while an active campaign targets it). */
  archiveSegment: Segment;
  /** Assign a ticket to an agent or skill group (agents, admins, integrations); a NEW ticket becomes ASSIGNED. */
  assignTicket: Ticket;
  /** The signed-in customer cancels their pending account deletion request before its cooling-off period ends (NO_PENDING_DELETION otherwise). Customer tokens only. */
  cancelAccountDeletion: DeletionRequest;
  /** Cancel a return before it is shipped back (the customer, or staff). */
  cancelReturn: ReturnRequest;
  /** Move a ticket to another status (staff; a customer may close a resolved ticket or reopen it within the window). An invalid move is INVALID_TRANSITION and changes nothing. */
  changeTicketStatus: Ticket;
  /** Daily check-in of the signed-in customer (once per Asia/Shanghai day; streak bonuses at 7 and 30 days). */
  checkIn: CheckInResult;
  /** Claim a coupon for yourself (customers). Idempotent by key; never beyond the stock (COUPON_EXHAUSTED) or the per-customer limit (COUPON_LIMIT_REACHED), under any concurrency. */
  claimCoupon: CouponIssue;
  /** Correct a complaint's category (agents, admins); the correction is stored as training data and learnt by the classifier at once. */
  correctTicketCategory: Ticket;
  /** Create a campaign as a draft (marketers, admins). */
  createCampaign: Campaign;
  /** Create a coupon template (marketers, admins); invalid terms are BAD_USER_INPUT naming each problem. */
  createCouponTemplate: CouponTemplate;
  /** Add a reward to the catalogue (admins only). */
  createReward: Reward;
  /** Admins: erase a customer's personal data on their request (PIPL Art. 47). Profile, identities, tags, behaviour and consent are removed here and every other domain redacts its part; orders stay, anonymous. The customer then answers NOT_FOUND. */
  eraseCustomer: CustomerErasure;
  /** Exchange points for a reward at the member's tier price (the signed-in customer). Idempotent by key; never takes the balance below zero (INSUFFICIENT_POINTS); OUT_OF_STOCK when none is left, REWARD_NOT_AVAILABLE outside its window or when deactivated. */
  exchangeReward: RewardExchangeResult;
  /** Record that the customer agrees to be contacted on a channel for a purpose (the customer themself, agents, admins, integrations). Emits customer.consent_changed when the state changes; granting again is a no-op. */
  grantConsent: Customer;
  /** Issue a coupon to a customer (marketers, admins, integrations). Idempotent by key; same stock and limit rules as claims. */
  issueCoupon: CouponIssue;
  /** Launch a draft or resume a paused campaign (marketers, admins): one-shot sends are queued, trigger timers planned. */
  launchCampaign: Campaign;
  /** Link another identity to a customer; one held by another customer is IDENTITY_TAKEN. */
  linkIdentity: Customer;
  /** Merge two customers (admins and integrations): identities, tags, orders and behaviour move to the survivor; audited; emits customer.merged. */
  mergeCustomers: Customer;
  /** Open a return for lines of an order; approved at once when the auto-approval rule passes (return rate, tier, amount), otherwise left to an agent. Emits return.opened. */
  openReturn: ReturnRequest;
  /** Open a ticket (customers for themselves; agents, admins and integrations for a customer). Complaints are classified and run through the escalation rules; emits ticket.opened. */
  openTicket: Ticket;
  /** Pause an active campaign (marketers, admins). */
  pauseCampaign: Campaign;
  /** Add a message to a ticket or, without a ticket id, to the customer's conversation (any channel). A customer reply moves a WAITING_CUSTOMER ticket back to IN_PROGRESS; an agent's first message is the first response. */
  postTicketMessage: PostTicketMessagePayload;
  /** Rebuild marketing's customer-facts projection from the event log (admins). */
  rebuildMarketingProjection: ProjectionRebuildResult;
  /** Record a batch of login, browse, search and add-to-cart events in one transaction (integrations; a customer may record their own). Moves each customer's lastActiveAt forward and emits customer.behaviour_recorded per event. */
  recordBehaviour: RecordBehaviourResult;
  /** Record delivery receipts of sent campaign messages (the integration role only): a message moves forward only (DELIVERED → OPENED → CLICKED; a later stage implies the earlier ones and keeps each stage's first time), so a repeated receipt, or one for a stage already passed, changes nothing (UNCHANGED). An unknown message id is answered UNKNOWN_MESSAGE and the rest of the batch is recorded. One result per receipt, in order. */
  recordDeliveryReceipts: Array<DeliveryReceiptResult>;
  /** Reward a product review or share with growth value (customers for themselves; integrations and admins for anyone). Counted once per source id, within a daily cap. */
  recordEngagement: EngagementResult;
  /** Record a paid order (integrations and admins). Idempotent by externalNo: the same payload again returns the first order and records nothing; a different payload is ORDER_CONFLICT. Emits order.recorded. */
  recordOrder: Order;
  /** Redeem a coupon against an online order (the customer for their own coupon, integrations, admins). The same order again returns the first result; expired coupons are COUPON_EXPIRED. */
  redeemCoupon: CouponRedemption;
  /** Redeem a coupon at a store till (integrations, admins), keyed by the store transaction id: the same transaction again returns the first result. */
  redeemCouponInStore: CouponRedemption;
  /** Redeem points (a customer for themself; a store via system/admin with its transaction id). Needs an idempotency key; never takes the balance below zero (INSUFFICIENT_POINTS). */
  redeemPoints: Redemption;
  /** Refit the customer-value models on the order history up to calibrationEnd (an Asia/Shanghai day, default today, not later) and make them current (admins; it also runs daily). */
  refitValueModel: ValueModel;
  /** Recompute every customer's RFM scores and lifecycle stage now (admins; it also runs daily). Idempotent; emits customer.rfm_changed and customer.lifecycle_changed only for customers whose values changed. */
  refreshRfm: RfmRefreshResult;
  /** Refund part or all of an order (integrations, admins, agents). Never more than what remains (REFUND_EXCEEDS_ORDER). Idempotent by externalRefundNo: the same payload again returns the first refund; a different payload is REFUND_CONFLICT. Emits order.refunded. */
  refundOrder: Refund;
  /** Reject a requested return, or one that failed its quality check, with the reason as note (agents, admins, integrations). */
  rejectReturn: ReturnRequest;
  /** Remove tags from a customer by name, in any width or case; names they do not have are ignored (agents, marketers, admins, integrations). */
  removeTags: Customer;
  /** Admins: runs the customer handler of a parked event again (once: idempotent), then the events held behind it in order; a failure leaves it PARKED with the new error. */
  replayCustomerParkedEvent: ParkedEvent;
  /** Admins: runs the loyalty handler of a parked event again (once: idempotent), then the events held behind it in order; a failure leaves it PARKED with the new error. */
  replayLoyaltyParkedEvent: ParkedEvent;
  /** Admins: runs the marketing handler of a parked event again (once: idempotent), then the events held behind it in order; a failure leaves it PARKED with the new error. */
  replayMarketingParkedEvent: ParkedEvent;
  /** Admins: runs the service handler of a parked event again (once: idempotent), then the events held behind it in order; a failure leaves it PARKED with the new error. */
  replayServiceParkedEvent: ParkedEvent;
  /** The signed-in customer asks for their account to be deleted (PIPL Art. 47): after a cooling-off period (erasesAt) the account is erased as eraseCustomer does and every token of it stops working (ACCOUNT_ERASED); until then cancelAccountDeletion stops it. Asking again while a request is pending answers that request. Customer tokens only. */
  requestAccountDeletion: DeletionRequest;
  /** Find the customer holding an identity, creating one if none does (integrations and admins). Idempotent under races. */
  resolveCustomer: ResolveCustomerResult;
  /** Create or change a segment (marketers, admins). The rule is validated with clear errors; membership is computed at once and then kept up to date from events and timers. */
  saveSegment: Segment;
  /** Set an agent's routing skills and capacity (admins); registers the agent the first time. */
  setAgentSkills: Agent;
  /** Go online or offline (an agent for themself, admins for any agent). Online: waiting tickets they are skilled for are routed to them; offline: their open tickets are re-routed. */
  setAgentStatus: Agent;
  /** Set a channel's frequency cap and quiet hours (marketers, admins). */
  setChannelPolicy: ChannelPolicy;
  /** Turn personalisation on or off for yourself (customers; PIPL Art. 24). Off: recommendations become popular items and personalised campaigns leave you out. */
  setPersonalisation: PersonalisationSetting;
  /** Change a ticket's priority (agents, admins, integrations); the open SLA targets move with it. */
  setTicketPriority: Ticket;
  /** Take a wrongly linked identity off a customer (admins), with the reason; audited without the identifier. The only identity of a customer cannot be unlinked (LAST_IDENTITY). */
  unlinkIdentity: Customer;
  /** Admins: undo a wrong merge. The merged customer is active again with the identities, orders, behaviour and tags it brought; the survivor gives back the profile fields the merge filled; audited; emits customer.unmerged so points, tickets, returns and coupons move back. ALREADY_UNMERGED, CUSTOMER_ERASED or MERGE_NOT_UNDOABLE when it cannot be undone. */
  unmergeCustomer: CustomerUnmerge;
  /** Change a campaign's window (startsAt, endsAt) and budget, in any state (marketers, admins); queued one-shot sends move to the new start. */
  updateCampaign: Campaign;
  /** Update profile fields: the customer themself (the birthday only while it is unset: BIRTHDAY_ALREADY_SET), agents, admins and integrations. The phone changes only through the integration role, which the app calls after verifying the new number by SMS (PHONE_VERIFICATION_REQUIRED otherwise). Birthday and phone changes are audited (who, when). */
  updateCustomerProfile: Customer;
  /** Saves the whole loyalty programme as a new version (admin): validated (BAD_USER_INPUT names the field; nothing changes), in force on every replica without a restart, announced as loyalty.programme_changed. */
  updateLoyaltyProgramme: LoyaltyProgrammeVersion;
  /** Edit, deactivate or reactivate a reward (admins only); exchanges made keep what they paid. */
  updateReward: Reward;
  /** Record that the customer no longer agrees to be contacted on a channel for a purpose (the customer themself, agents, admins, integrations). Emits customer.consent_changed when the state changes; withdrawing again is a no-op. */
  withdrawConsent: Customer;
};


export type MutationAddTagsArgs = {
  customerId: Scalars['ID']['input'];
  tags: Array<TagInput>;
};


export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


export type MutationAdvanceReturnArgs = {
  input: AdvanceReturnInput;
};


export type MutationAnswerSurveyArgs = {
  input: AnswerSurveyInput;
};


export type MutationApproveReturnArgs = {
  input: ReturnDecisionInput;
};


export type MutationArchiveSegmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignTicketArgs = {
  input: AssignTicketInput;
};


export type MutationCancelReturnArgs = {
  input: ReturnDecisionInput;
};


export type MutationChangeTicketStatusArgs = {
  input: ChangeTicketStatusInput;
};


export type MutationClaimCouponArgs = {
  input: ClaimCouponInput;
};


export type MutationCorrectTicketCategoryArgs = {
  input: CorrectTicketCategoryInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateCouponTemplateArgs = {
  input: CreateCouponTemplateInput;
};


export type MutationCreateRewardArgs = {
  input: CreateRewardInput;
};


export type MutationEraseCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationExchangeRewardArgs = {
  input: ExchangeRewardInput;
};


export type MutationGrantConsentArgs = {
  channel: ConsentChannel;
  customerId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
  source: ConsentSource;
};


export type MutationIssueCouponArgs = {
  input: IssueCouponInput;
};


export type MutationLaunchCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLinkIdentityArgs = {
  customerId: Scalars['ID']['input'];
  identity: IdentityInput;
};


export type MutationMergeCustomersArgs = {
  input: MergeCustomersInput;
};


export type MutationOpenReturnArgs = {
  input: OpenReturnInput;
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationPauseCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPostTicketMessageArgs = {
  input: PostTicketMessageInput;
};


export type MutationRecordBehaviourArgs = {
  events: Array<BehaviourEventInput>;
};


export type MutationRecordDeliveryReceiptsArgs = {
  input: Array<DeliveryReceiptInput>;
};


export type MutationRecordEngagementArgs = {
  input: RecordEngagementInput;
};


export type MutationRecordOrderArgs = {
  input: RecordOrderInput;
};


export type MutationRedeemCouponArgs = {
  input: RedeemCouponInput;
};


export type MutationRedeemCouponInStoreArgs = {
  input: RedeemCouponInStoreInput;
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRefitValueModelArgs = {
  calibrationEnd: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationRefundOrderArgs = {
  input: RefundOrderInput;
};


export type MutationRejectReturnArgs = {
  input: ReturnDecisionInput;
};


export type MutationRemoveTagsArgs = {
  customerId: Scalars['ID']['input'];
  names: Array<Scalars['String']['input']>;
};


export type MutationReplayCustomerParkedEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayLoyaltyParkedEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayMarketingParkedEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayServiceParkedEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveCustomerArgs = {
  input: ResolveCustomerInput;
};


export type MutationSaveSegmentArgs = {
  input: SaveSegmentInput;
};


export type MutationSetAgentSkillsArgs = {
  input: SetAgentSkillsInput;
};


export type MutationSetAgentStatusArgs = {
  input: SetAgentStatusInput;
};


export type MutationSetChannelPolicyArgs = {
  input: SetChannelPolicyInput;
};


export type MutationSetPersonalisationArgs = {
  enabled: Scalars['Boolean']['input'];
};


export type MutationSetTicketPriorityArgs = {
  input: SetTicketPriorityInput;
};


export type MutationUnlinkIdentityArgs = {
  customerId: Scalars['ID']['input'];
  identity: IdentityInput;
  reason: Scalars['String']['input'];
};


export type MutationUnmergeCustomerArgs = {
  input: UnmergeCustomerInput;
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateCustomerProfileArgs = {
  id: Scalars['ID']['input'];
  input: CustomerProfileInput;
};


export type MutationUpdateLoyaltyProgrammeArgs = {
  input: UpdateLoyaltyProgrammeInput;
};


export type MutationUpdateRewardArgs = {
  input: UpdateRewardInput;
};


export type MutationWithdrawConsentArgs = {
  channel: ConsentChannel;
  customerId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
  source: ConsentSource;
};

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

/** A paid order of a customer, from any channel (store included), with its lines and refunds. */
export type Order = {
  __typename?: 'Order';
  /** The amount paid: the sum of the line amounts. */
  amount: Scalars['Money']['output'];
  /** The channel the order was placed through. */
  channel: Channel;
  /** The customer who paid (under the same access rules as `customer(id)`). */
  customer: Customer;
  /** The order number in the system that sent it (unique; the idempotency key of recordOrder). */
  externalNo: Scalars['String']['output'];
  /** Stable order id (UUID). */
  id: Scalars['ID']['output'];
  /** The lines of the order, in the order they were sent. */
  lines: Array<OrderLine>;
  /** When the order was paid. */
  paidAt: Scalars['DateTimeISO']['output'];
  /** When the order was recorded here. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** How much of the amount has been refunded so far. */
  refundedAmount: Scalars['Money']['output'];
  /** Refunds of the order, oldest first. */
  refunds: Array<Refund>;
  /** Refund state of the order. */
  status: OrderStatus;
  /** The store, for STORE orders (optional for other channels). */
  storeId: Maybe<Scalars['String']['output']>;
};

/** A page of a customer's orders, newest paid first (Relay cursor connection). */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page with their cursors. */
  edges: Array<OrderEdge>;
  /** The orders of this page (without cursors). */
  nodes: Array<Order>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many orders the customer has in all (counted for all customers of a request at once). */
  totalCount: Scalars['Int']['output'];
};

/** An order in a page of orders, with the cursor to continue after it. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One line of an order: what was bought, how many, for how much. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** The amount paid for this line (all items together). */
  amount: Scalars['Money']['output'];
  /** Product category, when the feed gave one. */
  category: Maybe<Scalars['String']['output']>;
  /** Number of items (at least 1). */
  quantity: Scalars['Int']['output'];
  /** The stock-keeping unit. */
  sku: Scalars['String']['output'];
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

/** Where a page sits in its list (Relay cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (only known when paging with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** An event a subgraph's consumer could not apply: parked after its retries, or held behind such an event. */
export type ParkedEvent = {
  __typename?: 'ParkedEvent';
  /** The aggregate the event is about; later events of it are held while this one is open. */
  aggregateId: Scalars['String']['output'];
  /** Handler runs so far (retries and replays). */
  attempts: Scalars['Int']['output'];
  /** The consumer (its offset and processed-event rows carry this name). */
  consumer: Scalars['String']['output'];
  /** The handler's last error (code and message, at most 1,000 characters); null when held. */
  error: Maybe<Scalars['String']['output']>;
  /** The event id (the envelope id on the bus). */
  eventId: Scalars['ID']['output'];
  /** Id within the subgraph's dead-letter table (what a replay takes). */
  id: Scalars['ID']['output'];
  /** When it was parked or held. */
  parkedAt: Scalars['DateTimeISO']['output'];
  /** When a replay applied it. */
  replayedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** PARKED, HELD or REPLAYED. */
  status: ParkedEventStatus;
  /** The subgraph whose consumer parked it. */
  subgraph: Scalars['String']['output'];
  /** Event type, e.g. order.recorded. */
  type: Scalars['String']['output'];
};

/** A page of parked events, oldest first. */
export type ParkedEventConnection = {
  __typename?: 'ParkedEventConnection';
  /** The events of this page. */
  nodes: Array<ParkedEvent>;
  /** Cursors of this page. */
  pageInfo: PageInfo;
  /** How many events match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a dead-lettered event stands. */
export type ParkedEventStatus =
  /** Not run: an earlier event of the same aggregate is parked (order per aggregate is kept). */
  | 'HELD'
  /** Its handler failed every retry; the consumer moved on without it. */
  | 'PARKED'
  /** An admin replayed it and the handler succeeded. */
  | 'REPLAYED';

/** A customer's personalisation switch. */
export type PersonalisationSetting = {
  __typename?: 'PersonalisationSetting';
  /** The customer. */
  customerId: Scalars['ID']['output'];
  /** True: personalised recommendations and campaigns; false: popular items only, and left out of personalised campaigns. */
  enabled: Scalars['Boolean']['output'];
};

/** A personal-information field shown masked unless the caller may see it. */
export type PiiField =
  | 'EMAIL'
  | 'PHONE';

/** One time a staff member was shown a customer's PII unmasked (an admin, or staff holding the pii:reveal scope). */
export type PiiReveal = {
  __typename?: 'PiiReveal';
  /** Who saw it (the token subject). */
  actorId: Scalars['String']['output'];
  /** Their role at the time. */
  actorRole: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Which field was shown. */
  field: PiiField;
};

/** A page of a customer's PII reveals, newest first (Relay cursor connection). */
export type PiiRevealConnection = {
  __typename?: 'PiiRevealConnection';
  /** The reveals of this page with their cursors. */
  edges: Array<PiiRevealEdge>;
  /** The reveals of this page (without cursors). */
  nodes: Array<PiiReveal>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many reveals of this customer there are in all, counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** A reveal in a page, with the cursor to continue after it. */
export type PiiRevealEdge = {
  __typename?: 'PiiRevealEdge';
  /** Pass as `after` to continue after this reveal. */
  cursor: Scalars['String']['output'];
  /** The reveal. */
  node: PiiReveal;
};

/** One staff adjustment of a customer's points (an ADJUST line of the ledger), as the audit trail shows it. */
export type PointsAdjustment = {
  __typename?: 'PointsAdjustment';
  /** Who adjusted (the token subject). */
  actorId: Maybe<Scalars['String']['output']>;
  /** Their role at the time. */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The balance right after it. */
  balanceAfter: Scalars['Int']['output'];
  /** Whose points. */
  customerId: Scalars['ID']['output'];
  /** The ledger line id. */
  id: Scalars['ID']['output'];
  /** Signed number of points added (positive) or taken (negative). */
  points: Scalars['Int']['output'];
  /** The reason the admin gave. */
  reason: Maybe<Scalars['String']['output']>;
  /** The reason code (MANUAL unless given). */
  reasonCode: Scalars['String']['output'];
};

/** A page of points adjustments, newest first (Relay cursor connection). */
export type PointsAdjustmentConnection = {
  __typename?: 'PointsAdjustmentConnection';
  /** The adjustments of this page with their cursors. */
  edges: Array<PointsAdjustmentEdge>;
  /** The adjustments of this page (without cursors). */
  nodes: Array<PointsAdjustment>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many adjustments match the filter in all, counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** A points adjustment in a page, with the cursor to continue after it. */
export type PointsAdjustmentEdge = {
  __typename?: 'PointsAdjustmentEdge';
  /** Pass as `after` to continue after this adjustment. */
  cursor: Scalars['String']['output'];
  /** The adjustment. */
  node: PointsAdjustment;
};

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

/** A change of the member's points: the new ledger line and the balance after it. */
export type PointsChange = {
  __typename?: 'PointsChange';
  /** The balance right after this line. */
  balance: Scalars['Int']['output'];
  /** The ledger line written. */
  entry: PointsEntry;
  /** The position in the member's stream (the ledger line id): resume with afterSeq set to the last one seen. */
  seq: Scalars['Int']['output'];
};

/** One append-only line of the points ledger; the balance is the sum of all lines. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Who wrote the line (staff only; null for customers). */
  actorId: Maybe<Scalars['String']['output']>;
  /** The role of who wrote the line (staff only). */
  actorRole: Maybe<Scalars['String']['output']>;
  /** Signed number of points (negative for redemptions, expiry and reversals). */
  amount: Scalars['Int']['output'];
  /** The balance right after this line was written. */
  balanceAfter: Scalars['Int']['output'];
  /** When the line was written. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the points of an earning line lapse (first in, first out). */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Ledger line id (increasing). */
  id: Scalars['ID']['output'];
  /** A note (the mandatory reason of a staff adjustment). */
  note: Maybe<Scalars['String']['output']>;
  /** Why, as a code: ORDER, ORDER_REFUND, CHECK_IN, BIRTHDAY_GIFT, REFERRAL, REDEEM, EXPIRY, MANUAL… */
  reasonCode: Scalars['String']['output'];
  /** The order, refund, lot or store transaction behind the line. */
  sourceId: Maybe<Scalars['String']['output']>;
  /** The kind of source: ORDER, REFUND, LOT, STORE, STAFF, CHECK_IN… */
  sourceType: Maybe<Scalars['String']['output']>;
  /** The store, for store redemptions and store orders. */
  storeId: Maybe<Scalars['String']['output']>;
  /** What kind of line. */
  type: PointsEntryType;
};

/** A page of the points ledger, newest first. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** The lines of this page with their cursors. */
  edges: Array<PointsEntryEdge>;
  /** The lines of this page. */
  nodes: Array<PointsEntry>;
  /** Where this page sits in the ledger. */
  pageInfo: PageInfo;
  /** How many lines the whole ledger holds, counted only when asked and for every customer of a request at once. */
  totalCount: Scalars['Int']['output'];
};

/** A points ledger line in a page. */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** Pass as `after` to read on from this line. */
  cursor: Scalars['String']['output'];
  /** The ledger line. */
  node: PointsEntry;
};

/** EARN (orders, check-ins, birthdays, referrals), REDEEM, EXPIRE (first in, first out), REVERSE (refunds, voided referrals), ADJUST (admins, with a reason). */
export type PointsEntryType =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSE';

/** A customer's points: the balance and what lapses soon. */
export type PointsSummary = {
  __typename?: 'PointsSummary';
  /** The balance: the sum of every ledger line (negative after a refund of spent points). */
  balance: Scalars['Int']['output'];
  /** Points that lapse in the next 30 days (first in, first out). */
  expiringSoon: Scalars['Int']['output'];
};

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

/** The result of posting a message: the ticket it joined and the message. */
export type PostTicketMessagePayload = {
  __typename?: 'PostTicketMessagePayload';
  /** The stored message. */
  message: TicketMessage;
  /** True when a new ticket was opened for this message. */
  openedTicket: Scalars['Boolean']['output'];
  /** The ticket the message joined (opened for it when the customer had no open ticket). */
  ticket: Ticket;
};

/** Product feedback: how many complaints or returns of one period named one SKU or product category, for one reason. */
export type ProductFeedback = {
  __typename?: 'ProductFeedback';
  /** Complaints or returns (each counted once per SKU or category it names). */
  count: Scalars['Int']['output'];
  /** First day of the period (Asia/Shanghai). */
  periodStart: Scalars['LocalDate']['output'];
  /** The product category (of the SKU, with grouping SKU); null when the order line had none or no order is named. */
  productCategory: Maybe<Scalars['String']['output']>;
  /** Units returned (returns only). */
  quantity: Maybe<Scalars['Int']['output']>;
  /** For complaints the complaint category (LOGISTICS_DELAY, PRODUCT_QUALITY, …, UNCATEGORISED); for returns the reason as the customer gave it (first 100 characters; digit runs of 7 or more and e-mail addresses masked as ***). */
  reason: Scalars['String']['output'];
  /** The SKU (grouping SKU); null for complaints that name no order. */
  sku: Maybe<Scalars['String']['output']>;
};

/** A recommended product. */
export type ProductRecommendation = {
  __typename?: 'ProductRecommendation';
  /** Its category, as the latest order named it. */
  category: Maybe<Scalars['String']['output']>;
  /** Why it is recommended. */
  reason: RecommendationReason;
  /** ALSO_BOUGHT: summed cosine similarity (0–1 per item bought); POPULAR: customers who bought it. */
  score: Scalars['Float']['output'];
  /** The stock-keeping unit. */
  sku: Scalars['String']['output'];
};

/** The outcome of a projection rebuild. */
export type ProjectionRebuildResult = {
  __typename?: 'ProjectionRebuildResult';
  /** Events replayed from the log. */
  replayedEvents: Scalars['Int']['output'];
  /** Segment joins and leaves the rebuilt facts caused (0 when nothing had drifted). */
  segmentChanges: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The agent directory by agent id, with each agent's skills, status and load (agents, admins, integrations). */
  agents: AgentConnection;
  /** Customers who bought this product also bought… (cosine similarity; not personal, so open to product pages). */
  alsoBought: Array<ProductRecommendation>;
  /** Admins: the audit trail (merges, erasures, data exports, PII reveals, consent changes, audited profile changes, identity unlinks), newest first, filtered by customer, actor, kind and time. Points adjustments: `pointsAdjustmentAudit`. */
  auditTrail: AuditEntryConnection;
  /** One campaign (marketers, admins, agents). */
  campaign: Campaign;
  /** ROI across campaigns over business days (Asia/Shanghai, at most 400): sends decided and attributed orders paid in the range, per campaign with any (marketers, admins). */
  campaignRoi: Array<CampaignRoi>;
  /** Campaigns, oldest first (marketers, admins, agents). */
  campaigns: Array<Campaign>;
  /** Frequency caps and quiet hours of every channel (marketers, admins, agents). */
  channelPolicies: Array<ChannelPolicy>;
  /** CLV distribution by saved segment or by loyalty tier, from the latest customer-value scores (staff). */
  clvDistribution: Array<ClvGroup>;
  /** Cohort retention: customers by first-purchase month touched by from…to (at most 36) × months since, up to the current month; optional channel or category slice (staff). */
  cohortRetention: Array<Cohort>;
  /** Complaint categories per period and SKU or product category of the order each complaint names (staff). */
  complaintReasons: Array<ProductFeedback>;
  /** One coupon template (anyone signed in). */
  couponTemplate: CouponTemplate;
  /** Coupon templates, newest first: staff see all; customers see those they can claim now (the coupon centre). */
  couponTemplates: Array<CouponTemplate>;
  /** One customer by id (staff; a customer may read only themself). A merged id answers the survivor. */
  customer: Customer;
  /** Admins, acting on a person's request: that customer's data export (a merged id answers the survivor), unmasked and audited (a DATA_EXPORT entry and PII reveals of phone and email). Others: FORBIDDEN; unknown or erased: NOT_FOUND. */
  customerDataExport: DataExport;
  /** Admins: events the customer subgraph's consumers parked after their retries (or held behind one), oldest first. */
  customerParkedEvents: ParkedEventConnection;
  /** Customers matching a filter, newest registration first, as a Relay connection (agents, marketers, admins, integrations). */
  customers: CustomerConnection;
  /** Admins: events the loyalty subgraph's consumers parked after their retries (or held behind one), oldest first. */
  loyaltyParkedEvents: ParkedEventConnection;
  /** The loyalty programme in force (tiers, earning rules, badges) with its version (admin). */
  loyaltyProgramme: LoyaltyProgrammeVersion;
  /** The programme's history, newest first: every version with actor, time and reason (admin). Page with beforeVersion. */
  loyaltyProgrammeVersions: Array<LoyaltyProgrammeVersion>;
  /** The tier table, lowest first: thresholds and benefits. */
  loyaltyTiers: Array<Tier>;
  /** Admins: events the marketing subgraph's consumers parked after their retries (or held behind one), oldest first. */
  marketingParkedEvents: ParkedEventConnection;
  /** The signed-in customer (customer tokens only). */
  me: Customer;
  /** The signed-in customer: all of my data as one document (PIPL Art. 45), from every domain, unmasked; audited; at most 10 an hour (EXPORT_LIMIT_REACHED). Customer tokens only (staff: FORBIDDEN). Shape: README "Data export". */
  myDataExport: DataExport;
  /** One order by id (staff; a customer may read only their own orders). */
  order: Order;
  /** Admins: who was shown this customer's phone or email unmasked, and when (newest first). */
  piiReveals: PiiRevealConnection;
  /** Admins: the audit of staff points adjustments (the loyalty part of the audit trail; the rest is `auditTrail`), newest first, filtered by customer, actor and time. */
  pointsAdjustmentAudit: PointsAdjustmentConnection;
  /** What a rule selects right now: the count and a sample, without saving (marketers, admins). */
  previewSegment: SegmentPreview;
  /** The repurchase rate per Asia/Shanghai month touched by from…to (at most 36), for all orders or those of one channel or with a line of one category (staff). */
  repurchaseRate: Array<RepurchaseMonth>;
  /** Return reasons per period and SKU or product category of the returned lines (staff). */
  returnReasons: Array<ProductFeedback>;
  /** One return: the customer's own, or any for agents and admins (anyone else's answers NOT_FOUND). */
  returnRequest: ReturnRequest;
  /** The agents' return list, newest first, with filters (agents, admins, integrations). */
  returnRequests: ReturnRequestConnection;
  /** The rewards catalogue, newest first: the rewards open now, each with the price at the signed-in member's tier (the list price for staff). */
  rewards: RewardConnection;
  /**
   * CSAT, NPS and CES per day, week or month (staff); periods without answers are left out.
   * @deprecated Use satisfactionTrend(from, to, period): the same figures in the arguments of the other trends, every period listed.
   */
  satisfactionReport: Array<SatisfactionStats>;
  /** CSAT, NPS and CES in every period of the range; a period without answers has zeros and null averages (staff). */
  satisfactionTrend: Array<SatisfactionStats>;
  /** One segment (marketers, admins, agents). */
  segment: Segment;
  /** A customer's segment joins and leaves, newest first (marketers, admins, agents). */
  segmentChanges: Array<SegmentChange>;
  /** Saved segments by name (marketers, admins, agents). */
  segments: Array<Segment>;
  /** Every send decision, newest first: sent, suppressed and why, deferred, held out (marketers, admins, agents). */
  sendLog: SendLogConnection;
  /** Admins: events the service subgraph's consumers parked after their retries (or held behind one), oldest first. */
  serviceParkedEvents: ParkedEventConnection;
  /** Tickets opened and SLA targets breached in every period of the range (staff). */
  slaBreaches: Array<SlaBreaches>;
  /** One ticket: the customer's own, or any for agents and admins (anyone else's answers NOT_FOUND). */
  ticket: Ticket;
  /** The agents' ticket list, newest first, with filters (agents, admins, integrations). */
  tickets: TicketConnection;
  /** Members per tier now, every tier of the table lowest first, MEMBER included (staff). */
  tierMix: Array<TierShare>;
  /** Members per tier at the end of each Asia/Shanghai month touched by from…to, at most 36 months (staff). */
  tierMixByMonth: Array<TierMixMonth>;
  /** The current customer-value model (staff); null before the first fit. */
  valueModel: Maybe<ValueModel>;
};


export type QueryAgentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AgentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlsoBoughtArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  sku: Scalars['String']['input'];
};


export type QueryAuditTrailArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignRoiArgs = {
  channel: InputMaybe<Scalars['String']['input']>;
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryClvDistributionArgs = {
  by: ClvGrouping;
};


export type QueryCohortRetentionArgs = {
  category: InputMaybe<Scalars['String']['input']>;
  channel: InputMaybe<Channel>;
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryComplaintReasonsArgs = {
  by?: FeedbackGrouping;
  from: Scalars['LocalDate']['input'];
  period?: ReportPeriod;
  to: Scalars['LocalDate']['input'];
  top?: Scalars['Int']['input'];
};


export type QueryCouponTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerDataExportArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryCustomerParkedEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<ParkedEventStatus>;
};


export type QueryCustomersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CustomerFilterInput>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLoyaltyParkedEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<ParkedEventStatus>;
};


export type QueryLoyaltyProgrammeVersionsArgs = {
  beforeVersion: InputMaybe<Scalars['Int']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMarketingParkedEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<ParkedEventStatus>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPiiRevealsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPointsAdjustmentAuditArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PointsAdjustmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPreviewSegmentArgs = {
  rule: SegmentRuleInput;
};


export type QueryRepurchaseRateArgs = {
  category: InputMaybe<Scalars['String']['input']>;
  channel: InputMaybe<Channel>;
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryReturnReasonsArgs = {
  by?: FeedbackGrouping;
  from: Scalars['LocalDate']['input'];
  period?: ReportPeriod;
  to: Scalars['LocalDate']['input'];
  top?: Scalars['Int']['input'];
};


export type QueryReturnRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReturnRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ReturnFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRewardsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  includeInactive: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySatisfactionReportArgs = {
  input: SatisfactionReportInput;
};


export type QuerySatisfactionTrendArgs = {
  from: Scalars['LocalDate']['input'];
  period?: ReportPeriod;
  to: Scalars['LocalDate']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySegmentChangesArgs = {
  customerId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySegmentsArgs = {
  includeArchived: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySendLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  campaignId: InputMaybe<Scalars['ID']['input']>;
  customerId: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<SendStatus>;
};


export type QueryServiceParkedEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<ParkedEventStatus>;
};


export type QuerySlaBreachesArgs = {
  from: Scalars['LocalDate']['input'];
  period?: ReportPeriod;
  to: Scalars['LocalDate']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TicketFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTierMixByMonthArgs = {
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
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

/** The outcome of recording a batch of behaviour events. */
export type RecordBehaviourResult = {
  __typename?: 'RecordBehaviourResult';
  /** How many distinct customers they concern. */
  customers: Scalars['Int']['output'];
  /** How many events were skipped because their clientEventId was recorded before (a retried batch). */
  duplicates: Scalars['Int']['output'];
  /** How many events were recorded. */
  recorded: Scalars['Int']['output'];
};

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

/** The result of a redemption; repeating the idempotency key returns the same result. */
export type Redemption = {
  __typename?: 'Redemption';
  /** The balance right after the redemption. */
  balance: Scalars['Int']['output'];
  /** The REDEEM line. */
  entry: PointsEntry;
  /** True when this answer is the stored result of an earlier call with the same key. */
  replayed: Scalars['Boolean']['output'];
};

/** A full or partial refund of an order. */
export type Refund = {
  __typename?: 'Refund';
  /** The amount refunded. */
  amount: Scalars['Money']['output'];
  /** The refund number in the system that sent it (unique; the idempotency key of refundOrder). */
  externalRefundNo: Scalars['String']['output'];
  /** Stable refund id (UUID). */
  id: Scalars['ID']['output'];
  /** The refunded order, as it stands now. */
  order: Order;
  /** Why the refund was made. */
  reason: Maybe<Scalars['String']['output']>;
  /** When the refund was recorded. */
  refundedAt: Scalars['DateTimeISO']['output'];
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

/** Repurchase in one calendar month (Asia/Shanghai): of the customers who bought, how many had bought before. */
export type RepurchaseMonth = {
  __typename?: 'RepurchaseMonth';
  /** Customers with a purchase in the month (in the slice; fully refunded orders do not count). */
  buyers: Scalars['Int']['output'];
  /** First day of the month. */
  month: Scalars['LocalDate']['output'];
  /** repeatBuyers / buyers in percent (one decimal); null in a month without buyers. */
  ratePercent: Maybe<Scalars['Float']['output']>;
  /** Of them, those with a purchase in the month on a later day than their first purchase ever (in the slice). */
  repeatBuyers: Scalars['Int']['output'];
};

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

/** The customer behind an identity and whether this call created them. */
export type ResolveCustomerResult = {
  __typename?: 'ResolveCustomerResult';
  /** True when the customer was created by this call. */
  created: Scalars['Boolean']['output'];
  /** The customer holding the identity. */
  customer: Customer;
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

/** One returned line. */
export type ReturnLine = {
  __typename?: 'ReturnLine';
  /** This line's share of the refund. */
  amount: Scalars['Money']['output'];
  /** How many items come back. */
  quantity: Scalars['Int']['output'];
  /** The stock-keeping unit of the order line. */
  sku: Scalars['String']['output'];
};

/** One line to return: an order line's sku and how many of its items. */
export type ReturnLineInput = {
  /** How many items (at most what was ordered less what other returns hold). */
  quantity: Scalars['Int']['input'];
  /** The sku of the order line. */
  sku: Scalars['String']['input'];
};

/** One stage change of a return, numbered per return from 1 (the REQUESTED row). */
export type ReturnProgressEntry = {
  __typename?: 'ReturnProgressEntry';
  /** The role of who made the change (customer, agent, admin, system). */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** A note (the auto-approval reason, the tracking number, a rejection reason…). */
  note: Maybe<Scalars['String']['output']>;
  /** Sequence number within the return (1, 2, 3… without gaps). */
  seq: Scalars['Int']['output'];
  /** The stage the return moved to. */
  stage: ReturnStage;
};

/** One event of a return's live progress: a stage change, with the return as it is now. */
export type ReturnProgressEvent = {
  __typename?: 'ReturnProgressEvent';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** A note (the auto-approval reason, the tracking number, a rejection reason…). */
  note: Maybe<Scalars['String']['output']>;
  /** The return (its fields may come from any subgraph, e.g. customer { loyalty { tier } }). */
  return: ReturnRequest;
  /** Sequence number within the return; resume with afterSeq set to the last one received. */
  seq: Scalars['Int']['output'];
  /** The stage the return moved to. */
  stage: ReturnStage;
};

/** A return (after-sales request) of lines of one order, with its stages and live progress. */
export type ReturnRequest = {
  __typename?: 'ReturnRequest';
  /** The amount to refund: the returned lines' share of what was paid. */
  amount: Scalars['Money']['output'];
  /** True when the auto-approval rule approved the return. */
  autoApproved: Scalars['Boolean']['output'];
  /** The courier of the parcel shipped back. */
  courier: Maybe<Scalars['String']['output']>;
  /** When the return was opened. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer the return belongs to. */
  customer: Customer;
  /** What decided: AUTO_APPROVAL, MANUAL_AMOUNT_OVER_TIER_LIMIT, MANUAL_RETURN_RATE (left to an agent) or AGENT_DECISION. */
  decisionRule: Maybe<Scalars['String']['output']>;
  /** True when return shipping is free: the return was opened while the customer's yearly free-return allowance (loyalty tier benefit freeReturnShipping, calendar year Asia/Shanghai) lasted. Beyond it returns are still accepted, not free. */
  freeReturn: Scalars['Boolean']['output'];
  /** Stable return id (UUID). */
  id: Scalars['ID']['output'];
  /** The returned lines. */
  lines: Array<ReturnLine>;
  /** The order whose lines are returned. */
  orderId: Scalars['ID']['output'];
  /** Photos of the goods (http(s) URLs). */
  photoUrls: Array<Scalars['String']['output']>;
  /** Every stage change with time, actor role and note, numbered from 1 (the same events returnProgress streams). */
  progress: Array<ReturnProgressEntry>;
  /** Why the customer returns the goods. */
  reason: Scalars['String']['output'];
  /** When the return was refunded. */
  refundedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The current stage. */
  stage: ReturnStage;
  /** The satisfaction survey offered when the return was refunded. */
  survey: Maybe<Survey>;
  /** The tracking number of the parcel shipped back. */
  trackingNo: Maybe<Scalars['String']['output']>;
  /** When the return last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of returns, newest first. */
export type ReturnRequestConnection = {
  __typename?: 'ReturnRequestConnection';
  /** The returns of this page with their cursors. */
  edges: Array<ReturnRequestEdge>;
  /** The returns of this page. */
  nodes: Array<ReturnRequest>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many returns the whole list holds (with the same filters), counted only when asked and for every list of a request at once. */
  totalCount: Scalars['Int']['output'];
};

/** A return in a page. */
export type ReturnRequestEdge = {
  __typename?: 'ReturnRequestEdge';
  /** Pass as `after` to read on from this return. */
  cursor: Scalars['String']['output'];
  /** The return. */
  node: ReturnRequest;
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

/** A reward of the catalogue, exchanged for points. */
export type Reward = {
  __typename?: 'Reward';
  /** False once an admin deactivated it. */
  active: Scalars['Boolean']['output'];
  /** Whether it can be exchanged now, and if not, why. */
  availability: RewardAvailability;
  /** The marketing coupon template a COUPON_TEMPLATE reward issues from. */
  couponTemplateId: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What members get. */
  description: Maybe<Scalars['String']['output']>;
  /** The reward id. */
  id: Scalars['ID']['output'];
  /** What the reward gives. */
  kind: RewardKind;
  /** The name members see. */
  name: Scalars['String']['output'];
  /** The list price in points (what a tier without a ratio pays). */
  pointsPrice: Scalars['Int']['output'];
  /** What the signed-in member pays at their tier now (the list price for staff). */
  price: Scalars['Int']['output'];
  /** How many are left (null: unlimited). */
  remaining: Maybe<Scalars['Int']['output']>;
  /** How many can be exchanged in all (null: unlimited). */
  stock: Maybe<Scalars['Int']['output']>;
  /** The price for every tier of the tier table, lowest tier first. */
  tierPrices: Array<RewardTierPrice>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Exchangeable from (inclusive). */
  validFrom: Maybe<Scalars['DateTimeISO']['output']>;
  /** Exchangeable until (exclusive). */
  validUntil: Maybe<Scalars['DateTimeISO']['output']>;
};

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

/** A page of the rewards catalogue, newest first. */
export type RewardConnection = {
  __typename?: 'RewardConnection';
  /** The rewards of this page with their cursors. */
  edges: Array<RewardEdge>;
  /** The rewards of this page. */
  nodes: Array<Reward>;
  /** Where this page sits in the catalogue. */
  pageInfo: PageInfo;
};

/** A reward in a page. */
export type RewardEdge = {
  __typename?: 'RewardEdge';
  /** Pass as `after` to read on from this reward. */
  cursor: Scalars['String']['output'];
  /** The reward. */
  node: Reward;
};

/** Points exchanged for a reward: what was paid, at which tier, and the ledger line that paid it. */
export type RewardExchange = {
  __typename?: 'RewardExchange';
  /** The coupon template marketing issues the coupon from (COUPON_TEMPLATE rewards). */
  couponTemplateId: Maybe<Scalars['ID']['output']>;
  /** When it was exchanged. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The REDEEM line of the points ledger that paid for it. */
  entryId: Scalars['ID']['output'];
  /** The exchange id (increasing). */
  id: Scalars['ID']['output'];
  /** What the reward gives. */
  kind: RewardKind;
  /** The points paid. */
  points: Scalars['Int']['output'];
  /** The reward exchanged. */
  rewardId: Scalars['ID']['output'];
  /** The reward's name at the time of the exchange. */
  rewardName: Scalars['String']['output'];
  /** The member's tier when exchanging (its ratio set the price). */
  tier: Scalars['String']['output'];
};

/** A page of a member's reward exchanges, newest first. */
export type RewardExchangeConnection = {
  __typename?: 'RewardExchangeConnection';
  /** The exchanges of this page with their cursors. */
  edges: Array<RewardExchangeEdge>;
  /** The exchanges of this page. */
  nodes: Array<RewardExchange>;
  /** Where this page sits in the member's exchanges. */
  pageInfo: PageInfo;
  /** How many exchanges the member made, counted only when asked and for every member of a request at once. */
  totalCount: Scalars['Int']['output'];
};

/** An exchange in a page. */
export type RewardExchangeEdge = {
  __typename?: 'RewardExchangeEdge';
  /** Pass as `after` to read on from this exchange. */
  cursor: Scalars['String']['output'];
  /** The exchange. */
  node: RewardExchange;
};

/** The result of an exchange; repeating the idempotency key returns the same result. */
export type RewardExchangeResult = {
  __typename?: 'RewardExchangeResult';
  /** The points balance right after the exchange. */
  balance: Scalars['Int']['output'];
  /** The exchange. */
  exchange: RewardExchange;
  /** True when this answer is the stored result of an earlier call with the same key. */
  replayed: Scalars['Boolean']['output'];
};

/** What a reward gives. */
export type RewardKind =
  /** A coupon issued by marketing from the reward's coupon template. */
  | 'COUPON_TEMPLATE'
  /** A voucher for one free return shipment. */
  | 'FREE_RETURN_VOUCHER'
  /** A physical gift. */
  | 'GIFT';

/** The price of a reward for one tier. */
export type RewardTierPrice = {
  __typename?: 'RewardTierPrice';
  /** The points the tier pays (rounded up to a whole point). */
  price: Scalars['Int']['output'];
  /** The share of the list price the tier pays (1 when the reward gives it no ratio). */
  ratio: Scalars['Float']['output'];
  /** The tier code. */
  tier: Scalars['String']['output'];
};

/** The price ratio of one tier: its members pay the list price times the ratio (rounded up to a whole point). */
export type RewardTierRatioInput = {
  /** The share of the list price this tier pays: 0.01–1, at most two decimals (0.8 = 80%). */
  ratio: Scalars['Float']['input'];
  /** A tier code of the tier table (loyaltyTiers), e.g. GOLD. */
  tier: Scalars['String']['input'];
};

/** The outcome of an RFM and lifecycle refresh. */
export type RfmRefreshResult = {
  __typename?: 'RfmRefreshResult';
  /** The time the scores and stages were computed for. */
  computedAt: Scalars['DateTimeISO']['output'];
  /** Customers whose lifecycle stage changed in this refresh. */
  lifecycleChanged: Scalars['Int']['output'];
  /** Customers whose RFM scores changed in this refresh. */
  rfmChanged: Scalars['Int']['output'];
  /** Active customers that now hold RFM scores (those with at least one order). */
  scoredCustomers: Scalars['Int']['output'];
};

/** Recency, frequency and monetary scores, 1 (lowest fifth of customers with orders) to 5 (highest fifth), refreshed daily. */
export type RfmScores = {
  __typename?: 'RfmScores';
  /** When the refresh that produced these scores ran. */
  computedAt: Scalars['DateTimeISO']['output'];
  /** Frequency: by number of orders (fully refunded ones not counted). */
  frequency: Scalars['Int']['output'];
  /** Monetary: by total spent net of refunds. */
  monetary: Scalars['Int']['output'];
  /** Recency: 5 for the customers who ordered most recently, 1 for the longest ago. */
  recency: Scalars['Int']['output'];
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

/** Satisfaction in one period: CSAT, NPS and CES of the surveys answered in it. */
export type SatisfactionStats = {
  __typename?: 'SatisfactionStats';
  /** Average customer effort (1–7) of the answers that gave one. */
  cesAverage: Maybe<Scalars['Float']['output']>;
  /** Average CSAT (1–5), two decimals. */
  csatAverage: Maybe<Scalars['Float']['output']>;
  /** Share of CSAT 4–5, in percent. */
  csatSatisfiedPercent: Maybe<Scalars['Float']['output']>;
  /** Answers with NPS 0–6. */
  detractors: Scalars['Int']['output'];
  /** Net promoter score: % promoters (9–10) minus % detractors (0–6), from −100 to 100. */
  nps: Maybe<Scalars['Int']['output']>;
  /** Answers with NPS 7–8. */
  passives: Scalars['Int']['output'];
  /** First day of the period (Asia/Shanghai). */
  periodStart: Scalars['LocalDate']['output'];
  /** Answers with NPS 9–10. */
  promoters: Scalars['Int']['output'];
  /** Surveys answered in the period. */
  responses: Scalars['Int']['output'];
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

/** A saved group of customers defined by a rule over their facts; membership follows the facts as they change. */
export type Segment = {
  __typename?: 'Segment';
  /** When it was archived (archived segments have no members). */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the segment is for. */
  description: Maybe<Scalars['String']['output']>;
  /** Stable segment id. */
  id: Scalars['ID']['output'];
  /** How many customers belong to it now. */
  memberCount: Scalars['Int']['output'];
  /** Its members by customer id (Relay cursor pagination). */
  members: SegmentMemberConnection;
  /** Unique name. */
  name: Scalars['String']['output'];
  /** The rule tree as JSON (the shape of SegmentRuleInput, with amounts in cents). */
  ruleJson: Scalars['String']['output'];
  /** The rule in words, e.g. RECENCY ≤ 2 AND TAG HAS "母婴" AND CONSENT HAS SMS. */
  ruleText: Scalars['String']['output'];
  /** When its rule or name last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A saved group of customers defined by a rule over their facts; membership follows the facts as they change. */
export type SegmentMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

/** One join or leave of a segment by a customer. */
export type SegmentChange = {
  __typename?: 'SegmentChange';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Why it was evaluated. */
  cause: MembershipCause;
  /** The customer. */
  customerId: Scalars['ID']['output'];
  /** True for a join, false for a leave. */
  joined: Scalars['Boolean']['output'];
  /** The segment. */
  segmentId: Scalars['ID']['output'];
  /** The segment's name (null when it no longer exists). */
  segmentName: Maybe<Scalars['String']['output']>;
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

/** A page of a segment's members, by customer id (Relay connection). */
export type SegmentMemberConnection = {
  __typename?: 'SegmentMemberConnection';
  /** The customers of this page. */
  nodes: Array<Customer>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many members the segment has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A segment a customer belongs to, and since when. */
export type SegmentMembership = {
  __typename?: 'SegmentMembership';
  /** The segment. */
  segment: Segment;
  /** When the customer joined it. */
  since: Scalars['DateTimeISO']['output'];
};

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

/** What a rule would select right now, without saving anything. */
export type SegmentPreview = {
  __typename?: 'SegmentPreview';
  /** How many customers match. */
  count: Scalars['Int']['output'];
  /** The rule in words. */
  ruleText: Scalars['String']['output'];
  /** Some of them (up to 10), by id. */
  sample: Array<Customer>;
};

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

/** A page of the send log, newest first (Relay connection). */
export type SendLogConnection = {
  __typename?: 'SendLogConnection';
  /** The entries of this page. */
  nodes: Array<SendLogEntry>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many entries the whole log holds with the same filters, counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One decision of the send log: sent, suppressed (and why), deferred, held out or failed. */
export type SendLogEntry = {
  __typename?: 'SendLogEntry';
  /** The campaign. */
  campaignId: Scalars['ID']['output'];
  /** The channel. */
  channel: MessageChannel;
  /** When it was first reported clicked. */
  clickedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The coupon sent with it. */
  couponId: Maybe<Scalars['ID']['output']>;
  /** The customer. */
  customer: Customer;
  /** When it was decided. */
  decidedAt: Scalars['DateTimeISO']['output'];
  /** When it was first reported delivered (or opened or clicked, which imply it). */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How far the message got by the channel's receipts (SENT only; null: no receipt yet). */
  deliveryStage: Maybe<DeliveryStage>;
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** The message handed to the channel (SENT). */
  messageId: Maybe<Scalars['ID']['output']>;
  /** What the decision was about: launch, or the trigger occurrence (e.g. inactive:<last activity>). */
  occurrence: Scalars['String']['output'];
  /** When it was first reported opened (or clicked). */
  openedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was suppressed, deferred or failed. */
  reason: Maybe<SendReason>;
  /** The decision. */
  status: SendStatus;
  /** The A/B variant (or HOLDOUT). */
  variant: Maybe<Scalars['String']['output']>;
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

/** SLA breaches in one period: targets missed in it, beside the tickets opened in it. */
export type SlaBreaches = {
  __typename?: 'SlaBreaches';
  /** First-response targets that passed unmet in the period. */
  firstResponseBreaches: Scalars['Int']['output'];
  /** First day of the period (Asia/Shanghai). */
  periodStart: Scalars['LocalDate']['output'];
  /** Resolution targets that passed unmet in the period. */
  resolutionBreaches: Scalars['Int']['output'];
  /** Tickets opened in the period. */
  ticketsOpened: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The signed-in member's points, live (customer tokens): every ledger line as it is written (orders, check-ins, redemptions, expiry, adjustments). With afterSeq, the lines after it are replayed first, then live ones follow, without gap or duplicate. */
  pointsChanged: PointsChange;
  /** Live progress of one return (its customer, agents and admins): with afterSeq, the missed stage changes are replayed first, then live ones follow, without gap or duplicate. */
  returnProgress: ReturnProgressEvent;
  /** Live progress of one ticket (its customer, agents and admins): with afterSeq, the missed status changes are replayed first, then live ones follow, without gap or duplicate. */
  ticketProgress: TicketProgressEvent;
  /** The agents' queue (agents and admins): new tickets and escalated tickets as they happen; with afterSeq, missed ones are replayed first. */
  ticketQueue: TicketQueueEvent;
};


export type SubscriptionPointsChangedArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionReturnProgressArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
  returnId: Scalars['ID']['input'];
};


export type SubscriptionTicketProgressArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type SubscriptionTicketQueueArgs = {
  afterSeq: InputMaybe<Scalars['Int']['input']>;
};

/** A satisfaction survey offered after a ticket closed or a return was refunded; it can be answered once. */
export type Survey = {
  __typename?: 'Survey';
  /** When it was answered (null while open). */
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Customer effort, 1–7. */
  ces: Maybe<Scalars['Int']['output']>;
  /** The customer's comment. */
  comment: Maybe<Scalars['String']['output']>;
  /** When it was offered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Customer satisfaction, 1–5. */
  csat: Maybe<Scalars['Int']['output']>;
  /** Survey id (answer it with answerSurvey). */
  id: Scalars['ID']['output'];
  /** Net promoter answer (likelihood to recommend), 0–10. */
  nps: Maybe<Scalars['Int']['output']>;
  /** The recovery ticket a low CSAT (≤ 2) or NPS (≤ 6) opened. */
  recoveryTicketId: Maybe<Scalars['ID']['output']>;
  /** The refunded return it is about. */
  returnId: Maybe<Scalars['ID']['output']>;
  /** The closed ticket it is about. */
  ticketId: Maybe<Scalars['ID']['output']>;
};

/** A label on a customer, used to find and target customers (e.g. 母婴). Only tags that have not expired are shown. */
export type Tag = {
  __typename?: 'Tag';
  /** When the tag stops counting; null for a tag that never expires. */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The tag name (1–32 characters, unique per customer). */
  name: Scalars['String']['output'];
  /** Who or what set the tag. */
  source: TagSource;
  /** When the tag was put on the customer. */
  taggedAt: Scalars['DateTimeISO']['output'];
  /** What the tag describes. */
  type: TagType;
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

/** A service ticket (consultation, complaint or after-sales) with its conversation, status, SLA and escalation. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent the ticket is assigned to. */
  assigneeId: Maybe<Scalars['String']['output']>;
  /** The care cluster this proactive care ticket was opened for (null for other tickets). */
  careClusterId: Maybe<Scalars['ID']['output']>;
  /** The complaint category (complaints only). */
  category: Maybe<ComplaintCategory>;
  /** The classifier's confidence in the category (0–1); null when an agent set it. */
  categoryConfidence: Maybe<Scalars['Float']['output']>;
  /** Who set the category. */
  categorySource: Maybe<CategorySource>;
  /** The channel the ticket was opened through (its messages may come from any channel). */
  channel: TicketChannel;
  /** When the ticket was closed. */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the ticket was opened. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer the ticket belongs to. */
  customer: Customer;
  /** The escalation rules that fired when the ticket opened (see history for details). */
  escalationRules: Array<Scalars['String']['output']>;
  /** The internal history: status, assignment, priority, escalations with the rule that fired, category, SLA breaches (staff only; null for customers). */
  history: Maybe<Array<TicketHistoryEntry>>;
  /** Stable ticket id (UUID). */
  id: Scalars['ID']['output'];
  /** The language of the ticket's text (zh or en), which routing by skill matches against agents' languages. */
  language: Maybe<Scalars['String']['output']>;
  /** True when an escalation rule asked for a manager to follow up. */
  managerFollowUp: Scalars['Boolean']['output'];
  /** The conversation, oldest first, from every channel. */
  messages: Array<TicketMessage>;
  /** The order the ticket is about, if any. */
  orderId: Maybe<Scalars['ID']['output']>;
  /** The priority (after the escalation rules). */
  priority: TicketPriority;
  /** Every status change, numbered from 1 (the same events ticketProgress streams). */
  progress: Array<TicketProgressEntry>;
  /** The survey whose low score opened this recovery ticket. */
  recoveryOfSurveyId: Maybe<Scalars['ID']['output']>;
  /** How often the ticket was reopened. */
  reopenedCount: Scalars['Int']['output'];
  /** When the ticket was resolved (null while open or after a reopen). */
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The skill group the ticket is assigned to. */
  skillGroup: Maybe<Scalars['String']['output']>;
  /** The SKU a complaint is about (a line of its order), if given; complaints about one SKU can start proactive care. */
  sku: Maybe<Scalars['String']['output']>;
  /** The SLA targets and whether they were met. */
  sla: TicketSla;
  /** Where the ticket is in its state machine. */
  status: TicketStatus;
  /** A short subject. */
  subject: Scalars['String']['output'];
  /** The satisfaction survey offered when the ticket closed. */
  survey: Maybe<Survey>;
  /** What the ticket is about. */
  type: TicketType;
  /** When the ticket last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

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

/** A page of tickets, newest first. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The tickets of this page with their cursors. */
  edges: Array<TicketEdge>;
  /** The tickets of this page. */
  nodes: Array<Ticket>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many tickets the whole list holds (with the same filters), counted only when asked and for every list of a request at once. */
  totalCount: Scalars['Int']['output'];
};

/** A ticket in a page. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Pass as `after` to read on from this ticket. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

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

/** One line of a ticket's internal history (staff only). */
export type TicketHistoryEntry = {
  __typename?: 'TicketHistoryEntry';
  /** Who did it. */
  actorId: Maybe<Scalars['String']['output']>;
  /** The role of who did it. */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The value before (status, priority, assignee, category). */
  fromValue: Maybe<Scalars['String']['output']>;
  /** OPENED, STATUS, ASSIGNED, PRIORITY, ESCALATED, CATEGORISED, CATEGORY_CORRECTED or SLA_BREACHED. */
  kind: Scalars['String']['output'];
  /** A note (for escalations: why the rule fired). */
  note: Maybe<Scalars['String']['output']>;
  /** The rule behind it: the escalation rule that fired, REOPEN, CLASSIFIER, AGENT_CORRECTION, or the SLA target. */
  rule: Maybe<Scalars['String']['output']>;
  /** The value after. */
  toValue: Maybe<Scalars['String']['output']>;
};

/** One message of a ticket's conversation. */
export type TicketMessage = {
  __typename?: 'TicketMessage';
  /** Who wrote it. */
  author: MessageAuthor;
  /** The text. */
  body: Scalars['String']['output'];
  /** The channel it came through. */
  channel: TicketChannel;
  /** When it was written. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Message id (increasing). */
  id: Scalars['ID']['output'];
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

/** One status change of a ticket, numbered per ticket from 1 (the NEW row). */
export type TicketProgressEntry = {
  __typename?: 'TicketProgressEntry';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** A note shown to the customer. */
  note: Maybe<Scalars['String']['output']>;
  /** Sequence number within the ticket (1, 2, 3… without gaps). */
  seq: Scalars['Int']['output'];
  /** The status the ticket moved to. */
  status: TicketStatus;
};

/** One event of a ticket's live progress: a status change, with the ticket as it is now. */
export type TicketProgressEvent = {
  __typename?: 'TicketProgressEvent';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** A note shown to the customer. */
  note: Maybe<Scalars['String']['output']>;
  /** Sequence number within the ticket; resume with afterSeq set to the last one received. */
  seq: Scalars['Int']['output'];
  /** The status the ticket moved to. */
  status: TicketStatus;
  /** The ticket (its fields may come from any subgraph, e.g. customer { loyalty { tier } }). */
  ticket: Ticket;
};

/** One event of the agents' queue: a new or an escalated ticket. */
export type TicketQueueEvent = {
  __typename?: 'TicketQueueEvent';
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Why the ticket is on the queue. */
  kind: TicketQueueKind;
  /** Position in the queue's event log; resume with afterSeq set to the last one received. */
  seq: Scalars['Int']['output'];
  /** The ticket. */
  ticket: Ticket;
  /** The ticket id. */
  ticketId: Scalars['ID']['output'];
};

/** Why a ticket appears on the agents' queue. */
export type TicketQueueKind =
  /** Escalation rules fired on a ticket (priority raised, manager follow-up), or one of its SLA targets was breached (manager follow-up). */
  | 'ESCALATED'
  /** A ticket was opened. */
  | 'NEW';

/** The SLA state of a ticket: targets by priority and customer tier; the clock pauses while waiting for the customer. */
export type TicketSla = {
  __typename?: 'TicketSla';
  /** When an agent first answered (or the ticket was resolved). */
  firstRespondedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** True once the first-response target was missed. */
  firstResponseBreached: Scalars['Boolean']['output'];
  /** When the first agent response is due (moves later by the time spent waiting for the customer). */
  firstResponseDueAt: Scalars['DateTimeISO']['output'];
  /** True while the clock is paused (WAITING_CUSTOMER). */
  paused: Scalars['Boolean']['output'];
  /** True once the resolution target was missed. */
  resolutionBreached: Scalars['Boolean']['output'];
  /** When the resolution is due (moves later by the time spent waiting for the customer). */
  resolutionDueAt: Scalars['DateTimeISO']['output'];
  /** The customer tier the targets were chosen for (null = base tier). */
  tier: Maybe<Scalars['String']['output']>;
};

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

/** A membership tier, reached by growth value earned over the rolling window. */
export type Tier = {
  __typename?: 'Tier';
  /** What the tier gives. */
  benefits: TierBenefits;
  /** Stable code, e.g. MEMBER, SILVER, GOLD, DIAMOND. */
  code: Scalars['String']['output'];
  /** Display name in English, e.g. Gold. */
  nameEn: Scalars['String']['output'];
  /** Display name in Chinese, e.g. 黄金会员. */
  nameZh: Scalars['String']['output'];
  /** Growth value needed in the rolling window. */
  threshold: Scalars['Int']['output'];
};

/** What a tier gives its members. */
export type TierBenefits = {
  __typename?: 'TierBenefits';
  /** The coupon template issued with the birthday gift pack (announced in loyalty.birthday_gift_granted); null: points only. */
  birthdayCouponTemplateId: Maybe<Scalars['ID']['output']>;
  /** Points granted once a year in the birthday month. */
  birthdayGiftPoints: Scalars['Int']['output'];
  /** Extra multiplier on order points during the birthday month. */
  birthdayMultiplier: Scalars['Float']['output'];
  /** Free return shipments per calendar year (Asia/Shanghai): the service subgraph makes that many returns free of shipping, then returns go on without it. */
  freeReturnShipping: Scalars['Int']['output'];
  /** Order points are multiplied by this (1 = base rate). */
  pointsMultiplier: Scalars['Float']['output'];
  /** Service queue priority: higher is served first (0 = standard). */
  servicePriority: Scalars['Int']['output'];
};

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

/** One line of the tier history. */
export type TierChange = {
  __typename?: 'TierChange';
  /** When. */
  changedAt: Scalars['DateTimeISO']['output'];
  /** Tier before (null for the first line). */
  from: Maybe<Scalars['String']['output']>;
  /** Growth value in the window at the time. */
  growth: Scalars['Int']['output'];
  /** Why. */
  reason: TierChangeReason;
  /** Tier after. */
  to: Scalars['String']['output'];
  /** End of the period that started here. */
  validUntil: Maybe<Scalars['DateTimeISO']['output']>;
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

/** The tier mix at the end of one calendar month (Asia/Shanghai). */
export type TierMixMonth = {
  __typename?: 'TierMixMonth';
  /** First day of the month. */
  month: Scalars['LocalDate']['output'];
  /** Every tier of the tier table, lowest first (zeros included). */
  tiers: Array<TierShare>;
  /** Members counted at the month's end (registered by then, not merged into another). */
  total: Scalars['Int']['output'];
};

/** Where a customer stands on the tier ladder. */
export type TierProgress = {
  __typename?: 'TierProgress';
  /** The current tier. */
  current: Tier;
  /** Growth value earned in the rolling window. */
  growth: Scalars['Int']['output'];
  /** Growth value still needed by the review to keep the current tier. */
  growthToKeep: Scalars['Int']['output'];
  /** Growth value still needed for the next tier (0 at the top). */
  growthToNext: Scalars['Int']['output'];
  /** The next tier up (null at the top). */
  next: Maybe<Tier>;
  /** When the tier is reviewed: period end plus the grace period. */
  reviewAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** End of the current tier's period (null for the base tier). */
  validUntil: Maybe<Scalars['DateTimeISO']['output']>;
};

/** How many members hold one tier, and their share of all members counted. */
export type TierShare = {
  __typename?: 'TierShare';
  /** Members holding it. */
  customers: Scalars['Int']['output'];
  /** Share of all members counted, in percent (one decimal). */
  percent: Scalars['Float']['output'];
  /** Tier code (MEMBER, SILVER, …); a member with no tier change holds the base tier MEMBER. */
  tier: Scalars['String']['output'];
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

/** How many rows of one kind went back to the restored customer. */
export type UnmergeRestored = {
  __typename?: 'UnmergeRestored';
  /** How many. */
  count: Scalars['Int']['output'];
  /** What: identities, orders, behaviour or tags. */
  kind: Scalars['String']['output'];
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

/** A fitted customer-value model: BG/NBD (Fader, Hardie & Lee 2005) for repeat purchases and Gamma-Gamma for spend, on purchase occasions (one per customer per Asia/Shanghai day), time in weeks, money in CNY. */
export type ValueModel = {
  __typename?: 'ValueModel';
  /** BG/NBD a: first shape of the beta distribution of the dropout probability after a purchase. */
  a: Scalars['Float']['output'];
  /** BG/NBD alpha: scale (in weeks) of the gamma distribution of purchase rates. */
  alpha: Scalars['Float']['output'];
  /** BG/NBD b: second shape of the beta distribution of the dropout probability after a purchase. */
  b: Scalars['Float']['output'];
  /** The last Asia/Shanghai day of the order history the model was fitted on; predictions start from it. */
  calibrationEnd: Scalars['LocalDate']['output'];
  /** Customers the purchase model was fitted on (those with a purchase by the calibration end). */
  customers: Scalars['Int']['output'];
  /** When the model was fitted. */
  fittedAt: Scalars['DateTimeISO']['output'];
  /** The maximised log-likelihood of the purchase model. */
  logLikelihood: Scalars['Float']['output'];
  /** Gamma-Gamma p: shape of a transaction value; null when no customer had a repeat purchase. */
  p: Maybe<Scalars['Float']['output']>;
  /** Gamma-Gamma q: shape of the distribution of customers' spend scale; null when no customer had a repeat purchase. */
  q: Maybe<Scalars['Float']['output']>;
  /** BG/NBD r: shape of the gamma distribution of purchase rates. */
  r: Scalars['Float']['output'];
  /** Gamma-Gamma v (CNY): scale of the distribution of customers' spend scale; null when no customer had a repeat purchase. */
  v: Maybe<Scalars['Float']['output']>;
};

export type ResolveCustomerMutationVariables = Exact<{
  input: ResolveCustomerInput;
}>;


export type ResolveCustomerMutation = { __typename?: 'Mutation', resolveCustomer: { __typename?: 'ResolveCustomerResult', created: boolean, customer: { __typename?: 'Customer', id: string, name: string | null, phone: string | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Customer', id: string, name: string | null, phone: string | null, email: string | null, identities: Array<{ __typename?: 'Identity', type: IdentityType, appId: string | null, value: string }> } };

export type CustomerByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerByIdQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, name: string | null, phone: string | null } };

export type MergeCustomersMutationVariables = Exact<{
  input: MergeCustomersInput;
}>;


export type MergeCustomersMutation = { __typename?: 'Mutation', mergeCustomers: { __typename?: 'Customer', id: string, name: string | null, phone: string | null, identities: Array<{ __typename?: 'Identity', type: IdentityType, value: string }> } };


export const ResolveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveCustomerMutation, ResolveCustomerMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const MergeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MergeCustomersMutation, MergeCustomersMutationVariables>;