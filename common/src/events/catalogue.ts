/**
 * The catalogue of every event type and its payload: the one source of truth for producers and
 * consumers. Money is in integer cents (CNY fen); times are ISO-8601 strings.
 */

/** A sales channel an order or a registration came from. */
export type SalesChannel = 'APP' | 'MINI_PROGRAM' | 'WEB' | 'STORE' | 'WECHAT' | 'DOUYIN' | 'IMPORT' | 'OTHER';

/** One order line as carried by events. */
export interface OrderLinePayload {
  sku: string;
  category: string | null;
  quantity: number;
  amountCents: number;
}

export interface EventCatalogue {
  /** A customer was created (first identity resolved, or registered by staff/import). */
  'customer.registered': {
    customerId: string;
    registeredAt: string;
    channel: SalesChannel;
    /** A referral code given at registration, if any (loyalty links the referral). */
    referralCode: string | null;
    /** Birthday as YYYY-MM-DD, when known. */
    birthday: string | null;
  };
  /** Profile facts other domains project (birthday month, region); no raw PII. */
  'customer.profile_updated': {
    customerId: string;
    birthday: string | null;
    region: string | null;
  };
  /** `mergedId` was folded into `survivorId`; every domain re-points its data to the survivor. */
  'customer.merged': {
    survivorId: string;
    mergedId: string;
  };
  /** The derived lifecycle stage of a customer changed. */
  'customer.lifecycle_changed': {
    customerId: string;
    from: string | null;
    to: string;
  };
  /** The customer's effective tag set changed (added, removed). */
  'customer.tags_changed': {
    customerId: string;
    added: string[];
    removed: string[];
  };
  /** RFM scores were recomputed for a customer and changed. */
  'customer.rfm_changed': {
    customerId: string;
    recency: number;
    frequency: number;
    monetary: number;
  };
  /** Consent for a channel and purpose was granted or withdrawn. */
  'customer.consent_changed': {
    customerId: string;
    channel: string;
    purpose: string;
    granted: boolean;
  };
  /** A customer logged in, browsed, searched or added to cart (one event per recorded fact; no search text). */
  'customer.behaviour_recorded': {
    customerId: string;
    kind: 'LOGIN' | 'BROWSE' | 'SEARCH' | 'ADD_TO_CART';
    occurredAt: string;
    sku: string | null;
    category: string | null;
  };
  /** A paid order was recorded (any channel, store included). */
  'order.recorded': {
    orderId: string;
    externalNo: string;
    customerId: string;
    channel: SalesChannel;
    storeId: string | null;
    paidAt: string;
    amountCents: number;
    lines: OrderLinePayload[];
  };
  /** Part or all of an order was refunded. */
  'order.refunded': {
    orderId: string;
    refundId: string;
    externalRefundNo: string;
    customerId: string;
    amountCents: number;
    orderAmountCents: number;
    totalRefundedCents: number;
    fullyRefunded: boolean;
  };
  /**
   * A customer's loyalty tier changed: an upgrade as soon as the growth threshold is met, a downgrade
   * at period end after the grace period, or a merge adopting the merged customer's higher tier.
   */
  'loyalty.tier_changed': {
    customerId: string;
    from: string | null;
    to: string;
    reason: 'UPGRADE' | 'DOWNGRADE' | 'MERGE';
    /** Growth value in the rolling window at the time of the change. */
    growth: number;
    /** End of the new tier's period (null for the base tier). */
    validUntil: string | null;
  };
  /** One entry was appended to a customer's points ledger (`amount` is signed; `balance` is after it). */
  'loyalty.points_changed': {
    customerId: string;
    entryId: string;
    type: 'EARN' | 'REDEEM' | 'EXPIRE' | 'REVERSE' | 'ADJUST';
    amount: number;
    balance: number;
    reasonCode: string;
    /** The order, refund, lot or store transaction behind the entry, when there is one. */
    sourceId: string | null;
  };
  /** A customer earned a badge (once per badge). */
  'loyalty.badge_awarded': {
    customerId: string;
    badge: string;
    earnedAt: string;
  };
  /** Test-only and diagnostic events (the platform's own tests use them). */
  'platform.ping': { note: string };
}
