import type { OrderLinePayload, SalesChannel } from './catalogue.shared';

/** Events of the customer subgraph: customers and their orders. */
export interface CustomerEvents {
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
   * An admin undid merge `mergeId` (a wrong merge): `restoredId` is active again with what it brought
   * (its orders `orderIds` among them); every domain moves back what its own merge moved.
   */
  'customer.unmerged': {
    mergeId: string;
    survivorId: string;
    restoredId: string;
    orderIds: string[];
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
}
