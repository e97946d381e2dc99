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
  idempotencyKey: InputMaybe<Scalars['String']['input']>;
  /** Points to add (positive) or take (negative, never below a zero balance). */
  points: Scalars['Int']['input'];
  /** Why (4–500 characters), kept on the ledger line with who did it. */
  reason: Scalars['String']['input'];
  /** A reason code (default MANUAL), e.g. GOODWILL, CORRECTION. */
  reasonCode: InputMaybe<Scalars['String']['input']>;
};

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
  category: InputMaybe<Scalars['String']['input']>;
  /** The customer who did it (a merged id is recorded on the survivor). */
  customerId: Scalars['ID']['input'];
  /** What they did. */
  kind: BehaviourKind;
  /** When it happened (at most 5 minutes in the future). */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** The search text (up to 200 characters); kept with the event, never put on the bus. */
  query: InputMaybe<Scalars['String']['input']>;
  /** The product (up to 64 characters). */
  sku: InputMaybe<Scalars['String']['input']>;
};

/** What a customer did: logged in, browsed a product or category, searched, or added a product to the cart. */
export type BehaviourKind =
  | 'ADD_TO_CART'
  | 'BROWSE'
  | 'LOGIN'
  | 'SEARCH';

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

/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type Customer = {
  __typename?: 'Customer';
  /** Date of birth (YYYY-MM-DD). */
  birthday: Maybe<Scalars['LocalDate']['output']>;
  /** Consent decisions of this customer, newest first. */
  consentHistory: Array<ConsentChange>;
  /** The current consent for each of the 8 channel × purpose pairs; never given counts as not granted. */
  consents: Array<Consent>;
  /** Email; shown as z***@example.com unless you are this customer or an admin. */
  email: Maybe<Scalars['String']['output']>;
  /** Gender as stated by the customer. */
  gender: Gender;
  /** Stable customer id (UUID). */
  id: Scalars['ID']['output'];
  /** Every identity of this customer across channels. */
  identities: Array<Identity>;
  /** Last login, browse, search, cart or order activity. */
  lastActiveAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Lifecycle stage derived from orders, refreshed when an order is recorded and daily. */
  lifecycleStage: LifecycleStage;
  /** Loyalty: tier, points, growth value, badges, referral code and check-in (null only when the loyalty service cannot answer, with an error). */
  loyalty: Maybe<Loyalty>;
  /** Display name. */
  name: Maybe<Scalars['String']['output']>;
  /** The customer's orders, newest paid first (cursor pagination). */
  orders: OrderConnection;
  /** Phone; shown as 138****1234 unless you are this customer or an admin. */
  phone: Maybe<Scalars['String']['output']>;
  /** The latest behaviour events of this customer, newest first. */
  recentBehaviour: Array<BehaviourEvent>;
  /** Region, e.g. a province or city code. */
  region: Maybe<Scalars['String']['output']>;
  /** When the customer registered. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** The channel the customer registered through. */
  registrationChannel: Channel;
  /** RFM scores; null until computed, and for customers without orders. */
  rfm: Maybe<RfmScores>;
  /** The tags of this customer that have not expired, by name. */
  tags: Array<Tag>;
};


/** A member of the platform: profile, identities across channels, tags, orders, behaviour, consent and scores. */
export type CustomerConsentHistoryArgs = {
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

/** Which customers to list. Every criterion given must hold; omitted or empty criteria do not constrain. */
export type CustomerFilterInput = {
  /** Frequency score range (customers without scores never match). */
  frequency: InputMaybe<ScoreRangeInput>;
  /** Customers in any of these lifecycle stages. */
  lifecycleStages: InputMaybe<Array<LifecycleStage>>;
  /** Monetary score range (customers without scores never match). */
  monetary: InputMaybe<ScoreRangeInput>;
  /** Recency score range (customers without scores never match). */
  recency: InputMaybe<ScoreRangeInput>;
  /** Registered at or after this time. */
  registeredFrom: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Registered at or before this time (not before registeredFrom). */
  registeredTo: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Customers who registered through any of these channels. */
  registrationChannels: InputMaybe<Array<Channel>>;
  /** Text search (1–64 characters): name contains it, or, when it is 4+ digits, the phone equals or ends with them (e.g. the last 4 digits). */
  search: InputMaybe<Scalars['String']['input']>;
  /** Customers who have all of these tags (expired tags do not count); up to 20. */
  tagsAll: InputMaybe<Array<Scalars['String']['input']>>;
  /** Customers who have at least one of these tags (expired tags do not count); up to 20. */
  tagsAny: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Profile facts to set; omitted fields are left unchanged, null clears a field. */
export type CustomerProfileInput = {
  /** Date of birth (YYYY-MM-DD), not in the future. */
  birthday: InputMaybe<Scalars['LocalDate']['input']>;
  /** Email address. */
  email: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender: InputMaybe<Gender>;
  /** Display name (1–100 characters). */
  name: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile (13812341234) or E.164 (+447911123456). */
  phone: InputMaybe<Scalars['String']['input']>;
  /** Region code or name (up to 64 characters). */
  region: InputMaybe<Scalars['String']['input']>;
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

/** Gender as the customer stated it. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** One way a customer is known on a channel (ID-mapping). */
export type Identity = {
  __typename?: 'Identity';
  /** The WeChat appid for per-app openids; null otherwise. */
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
  /** WeChat appid, required for WECHAT_MINI_OPENID and WECHAT_OA_OPENID. */
  appId: InputMaybe<Scalars['String']['input']>;
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

/** Where a customer stands, derived from their orders: POTENTIAL (no order yet), NEW (one order, within 30 days), ACTIVE (ordered within 90 days), LOYAL (5+ orders, last within 90 days), AT_RISK (last order 90–180 days ago), CHURNED (more than 180 days ago). */
export type LifecycleStage =
  | 'ACTIVE'
  | 'AT_RISK'
  | 'CHURNED'
  | 'LOYAL'
  | 'NEW'
  | 'POTENTIAL';

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

/** Fold `mergedId` into `survivorId`. */
export type MergeCustomersInput = {
  /** The customer that is folded into the survivor. */
  mergedId: Scalars['ID']['input'];
  /** Why (kept in the audit record). */
  reason: InputMaybe<Scalars['String']['input']>;
  /** The customer that remains. */
  survivorId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Put tags on a customer, or update type, source and expiry of tags they have (agents, marketers, admins, integrations). Emits customer.tags_changed when the effective tags change. */
  addTags: Customer;
  /** Add or take points with a mandatory reason (admins only; audited on the ledger line). */
  adjustPoints: PointsEntry;
  /** Daily check-in of the signed-in customer (once per Asia/Shanghai day; streak bonuses at 7 and 30 days). */
  checkIn: CheckInResult;
  /** Record that the customer agrees to be contacted on a channel for a purpose (the customer themself, agents, admins, integrations). Emits customer.consent_changed when the state changes; granting again is a no-op. */
  grantConsent: Customer;
  /** Link another identity to a customer; one held by another customer is IDENTITY_TAKEN. */
  linkIdentity: Customer;
  /** Merge two customers (admins and integrations): identities, tags, orders and behaviour move to the survivor; audited; emits customer.merged. */
  mergeCustomers: Customer;
  /** Record a batch of login, browse, search and add-to-cart events in one transaction (integrations; a customer may record their own). Moves each customer's lastActiveAt forward and emits customer.behaviour_recorded per event. */
  recordBehaviour: RecordBehaviourResult;
  /** Reward a product review or share with growth value (customers for themselves; integrations and admins for anyone). Counted once per source id, within a daily cap. */
  recordEngagement: EngagementResult;
  /** Record a paid order (integrations and admins). Idempotent by externalNo: the same payload again returns the first order and records nothing; a different payload is ORDER_CONFLICT. Emits order.recorded. */
  recordOrder: Order;
  /** Redeem points (a customer for themself; a store via system/admin with its transaction id). Needs an idempotency key; never takes the balance below zero (INSUFFICIENT_POINTS). */
  redeemPoints: Redemption;
  /** Recompute every customer's RFM scores and lifecycle stage now (admins; it also runs daily). Idempotent; emits customer.rfm_changed and customer.lifecycle_changed only for customers whose values changed. */
  refreshRfm: RfmRefreshResult;
  /** Refund part or all of an order (integrations, admins, agents). Never more than what remains (REFUND_EXCEEDS_ORDER). Idempotent by externalRefundNo: the same payload again returns the first refund; a different payload is REFUND_CONFLICT. Emits order.refunded. */
  refundOrder: Refund;
  /** Remove tags from a customer by name; names they do not have are ignored (agents, marketers, admins, integrations). */
  removeTags: Customer;
  /** Find the customer holding an identity, creating one if none does (integrations and admins). Idempotent under races. */
  resolveCustomer: ResolveCustomerResult;
  /** Update profile fields (the customer themself, agents, admins). */
  updateCustomerProfile: Customer;
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


export type MutationGrantConsentArgs = {
  channel: ConsentChannel;
  customerId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
  source: ConsentSource;
};


export type MutationLinkIdentityArgs = {
  customerId: Scalars['ID']['input'];
  identity: IdentityInput;
};


export type MutationMergeCustomersArgs = {
  input: MergeCustomersInput;
};


export type MutationRecordBehaviourArgs = {
  events: Array<BehaviourEventInput>;
};


export type MutationRecordEngagementArgs = {
  input: RecordEngagementInput;
};


export type MutationRecordOrderArgs = {
  input: RecordOrderInput;
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRefundOrderArgs = {
  input: RefundOrderInput;
};


export type MutationRemoveTagsArgs = {
  customerId: Scalars['ID']['input'];
  names: Array<Scalars['String']['input']>;
};


export type MutationResolveCustomerArgs = {
  input: ResolveCustomerInput;
};


export type MutationUpdateCustomerProfileArgs = {
  id: Scalars['ID']['input'];
  input: CustomerProfileInput;
};


export type MutationWithdrawConsentArgs = {
  channel: ConsentChannel;
  customerId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
  source: ConsentSource;
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
  category: InputMaybe<Scalars['String']['input']>;
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

export type Query = {
  __typename?: 'Query';
  /** One customer by id (staff; a customer may read only themself). A merged id answers the survivor. */
  customer: Customer;
  /** Customers matching a filter, newest registration first, as a Relay connection (agents, marketers, admins, integrations). */
  customers: CustomerConnection;
  /** The tier table, lowest first: thresholds and benefits. */
  loyaltyTiers: Array<Tier>;
  /** The signed-in customer (customer tokens only). */
  me: Customer;
  /** One order by id (staff; a customer may read only their own orders). */
  order: Order;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CustomerFilterInput>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

/** The outcome of recording a batch of behaviour events. */
export type RecordBehaviourResult = {
  __typename?: 'RecordBehaviourResult';
  /** How many distinct customers they concern. */
  customers: Scalars['Int']['output'];
  /** How many events were recorded. */
  recorded: Scalars['Int']['output'];
};

/** A product review or share to reward with growth value (each counted once, within a daily cap). */
export type RecordEngagementInput = {
  /** The customer; customers may leave it out (themself). */
  customerId: InputMaybe<Scalars['ID']['input']>;
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
  storeId: InputMaybe<Scalars['String']['input']>;
};

/** Redeem points: a customer for themself, or a store (system/admin) with its transaction id. */
export type RedeemPointsInput = {
  /** The customer; customers may leave it out (themself). */
  customerId: InputMaybe<Scalars['ID']['input']>;
  /** Required. Repeating a key returns the stored result; reusing it for another request is IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** A note kept on the ledger line. */
  note: InputMaybe<Scalars['String']['input']>;
  /** Points to redeem (1–10,000,000). */
  points: Scalars['Int']['input'];
  /** What the points buy, as a code (default REDEEM), e.g. GIFT, CASH_OFFSET. */
  reasonCode: InputMaybe<Scalars['String']['input']>;
  /** The store (required for staff redemptions). */
  storeId: InputMaybe<Scalars['String']['input']>;
  /** The store's transaction id (required for staff redemptions). */
  storeTransactionId: InputMaybe<Scalars['String']['input']>;
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
  amount: InputMaybe<Scalars['Money']['input']>;
  /** The order to refund, by its external order number. */
  externalNo: InputMaybe<Scalars['String']['input']>;
  /** The refund number in the sending system (unique, up to 128 characters): the idempotency key. */
  externalRefundNo: Scalars['String']['input'];
  /** The order to refund, by id. */
  orderId: InputMaybe<Scalars['ID']['input']>;
  /** Why (up to 500 characters). */
  reason: InputMaybe<Scalars['String']['input']>;
};

/** Find the customer holding an identity, or create one with this profile. */
export type ResolveCustomerInput = {
  /** The channel the request came from; becomes the registration channel of a new customer. */
  channel: Channel;
  /** The identity presented by the channel. */
  identity: IdentityInput;
  /** Profile for a new customer (ignored when the customer exists). */
  profile: InputMaybe<CustomerProfileInput>;
  /** Referral code used at registration (passed on to loyalty). */
  referralCode: InputMaybe<Scalars['String']['input']>;
};

/** The customer behind an identity and whether this call created them. */
export type ResolveCustomerResult = {
  __typename?: 'ResolveCustomerResult';
  /** True when the customer was created by this call. */
  created: Scalars['Boolean']['output'];
  /** The customer holding the identity. */
  customer: Customer;
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

/** An inclusive range of scores from 1 to 5; omit min or max to leave that end open. */
export type ScoreRangeInput = {
  /** Highest score (1–5), not below min. */
  max: InputMaybe<Scalars['Int']['input']>;
  /** Lowest score (1–5). */
  min: InputMaybe<Scalars['Int']['input']>;
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
  expiresAt: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Tag name, 1–32 characters after trimming (Chinese allowed, e.g. 母婴). */
  name: Scalars['String']['input'];
  /** Who or what sets it; MANUAL when omitted. */
  source: InputMaybe<TagSource>;
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
  /** Points granted once a year in the birthday month. */
  birthdayGiftPoints: Scalars['Int']['output'];
  /** Extra multiplier on order points during the birthday month. */
  birthdayMultiplier: Scalars['Float']['output'];
  /** Free return shipments per year. */
  freeReturnShipping: Scalars['Int']['output'];
  /** Order points are multiplied by this (1 = base rate). */
  pointsMultiplier: Scalars['Float']['output'];
  /** Service queue priority: higher is served first (0 = standard). */
  servicePriority: Scalars['Int']['output'];
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