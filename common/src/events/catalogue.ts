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

/** One returned line as carried by return events (the order line's sku, the quantity and its share of the amount). */
export interface ReturnLinePayload {
  sku: string;
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
    /**
     * Opaque fingerprints of what identifies the person across accounts (phone, WeChat unionid): keyed
     * HMACs, never the values; equal fingerprints mean the same phone or unionid (loyalty refuses a
     * referral between accounts that share one). Absent in events written before they existed.
     */
    fingerprints?: string[];
  };
  /** Profile facts other domains project (birthday month, region); no raw PII. */
  'customer.profile_updated': {
    customerId: string;
    birthday: string | null;
    region: string | null;
    /** The customer's identity fingerprints after the change (see customer.registered). */
    fingerprints?: string[];
  };
  /** `mergedId` was folded into `survivorId`; every domain re-points its data to the survivor. */
  'customer.merged': {
    survivorId: string;
    mergedId: string;
  };
  /**
   * The customer's personal data was erased (PIPL Art. 47, by an admin on the person's request). Every
   * domain deletes or redacts what describes the person; records the law makes us keep (orders, the
   * points ledger) stay, tied to an id that no longer names anyone. `formerIds` are customers merged
   * into this one earlier.
   */
  'customer.erased': {
    customerId: string;
    formerIds: string[];
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
  /**
   * A customer-value refit moved the customer's churn band (churn probability in tenths, 0 = under 0.1 …
   * 9 = 0.9 and above) or CLV decile (1 = lowest tenth of 365-day CLV at 10 % a year among customers
   * with a purchase, 10 = highest); the previous values are null the first time the customer is scored.
   */
  'customer.value_changed': {
    customerId: string;
    /** The current model's id (customer.value_models). */
    modelId: string;
    churnProbability: number;
    churnBand: number;
    previousChurnBand: number | null;
    clvCents: number;
    clvDecile: number;
    previousClvDecile: number | null;
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
  /** A service ticket was opened (by the customer on any channel, by an agent, or as a satisfaction recovery). */
  'ticket.opened': {
    ticketId: string;
    customerId: string;
    type: 'CONSULTATION' | 'COMPLAINT' | 'AFTER_SALES';
    channel: string;
    /** Priority after the escalation rules ran. */
    priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
    orderId: string | null;
    /** Complaint category from the classifier (complaints only). */
    category: string | null;
    openedAt: string;
  };
  /** A ticket moved from one status to another (`seq` is the ticket's progress sequence number). */
  'ticket.status_changed': {
    ticketId: string;
    customerId: string;
    from: string;
    to: string;
    seq: number;
    note: string | null;
  };
  /**
   * Escalation rules fired on a ticket: priority raised (to at least each rule's level) and a manager
   * follow-up flagged. `rules` names every rule that fired.
   */
  'ticket.escalated': {
    ticketId: string;
    customerId: string;
    rules: string[];
    fromPriority: string;
    toPriority: string;
    managerFollowUp: boolean;
  };
  /** A ticket missed its first-response or resolution target (emitted once per target and due time). */
  'ticket.sla_breached': {
    ticketId: string;
    customerId: string;
    kind: 'FIRST_RESPONSE' | 'RESOLUTION';
    priority: string;
    /** The customer's loyalty tier the target was chosen for (null = base tier). */
    tier: string | null;
    dueAt: string;
    detectedAt: string;
  };
  /** A customer asked to return lines of an order (`autoApproved` when the auto-approval rule passed it). */
  'return.opened': {
    returnId: string;
    orderId: string;
    customerId: string;
    amountCents: number;
    lines: ReturnLinePayload[];
    autoApproved: boolean;
  };
  /** A return moved to another stage (`seq` is the return's progress sequence number). */
  'return.stage_changed': {
    returnId: string;
    orderId: string;
    customerId: string;
    from: string;
    to: string;
    seq: number;
    note: string | null;
  };
  /**
   * A return was refunded after its quality check: the customer subgraph records the refund on the
   * order (external refund number `return-<returnId>`), which then emits `order.refunded`.
   */
  'return.refunded': {
    returnId: string;
    orderId: string;
    customerId: string;
    amountCents: number;
    lines: ReturnLinePayload[];
    refundedAt: string;
  };
  /** A satisfaction survey (after a closed ticket or a refunded return) was answered, once. */
  'survey.answered': {
    surveyId: string;
    customerId: string;
    ticketId: string | null;
    returnId: string | null;
    csat: number;
    nps: number;
    ces: number | null;
    /** The recovery ticket opened because CSAT or NPS was low, if any. */
    recoveryTicketId: string | null;
  };
  /**
   * A customer joined (`joined: true`) or left a saved marketing segment: re-evaluated after an event
   * changed their facts, when a time-relative rule crossed its threshold, or when the segment was saved.
   */
  'marketing.segment_membership_changed': {
    segmentId: string;
    customerId: string;
    joined: boolean;
    /** Why it was evaluated: EVENT (the customer's facts changed), TIMER (time passed), SAVE (the rule changed), REBUILD. */
    cause: 'EVENT' | 'TIMER' | 'SAVE' | 'REBUILD';
  };
  /** A coupon was issued to a customer (claimed by them, issued by a campaign or by staff). */
  'marketing.coupon_issued': {
    couponId: string;
    templateId: string;
    customerId: string;
    source: 'CLAIM' | 'CAMPAIGN' | 'STAFF';
    /** The campaign that issued it, for source CAMPAIGN. */
    campaignId: string | null;
    validFrom: string;
    validUntil: string;
  };
  /** A coupon was redeemed, online against an order or in a store with the store's transaction id. */
  'marketing.coupon_redeemed': {
    couponId: string;
    templateId: string;
    customerId: string;
    channel: 'ONLINE' | 'STORE';
    orderId: string | null;
    storeId: string | null;
    storeTransactionId: string | null;
    discountCents: number;
  };
  /** A campaign message was handed to a channel adapter (after consent, frequency cap and quiet hours passed). */
  'marketing.message_sent': {
    messageId: string;
    campaignId: string;
    customerId: string;
    channel: 'SMS' | 'PUSH' | 'WECHAT' | 'EMAIL';
    /** The A/B variant the customer was assigned to. */
    variant: string;
    /** The coupon sent with the message, if the campaign carries one. */
    couponId: string | null;
  };
  /**
   * A customer turned personalisation on or off (PIPL Art. 24). Off: recommendations are not
   * personalised and personalised campaigns leave them out.
   */
  'marketing.personalisation_changed': {
    customerId: string;
    enabled: boolean;
  };
  /** Test-only and diagnostic events (the platform's own tests use them). */
  'platform.ping': { note: string };
}
