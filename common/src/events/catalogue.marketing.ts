/** Events of the marketing subgraph. */
export interface MarketingEvents {
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
  /** A coupon was issued to a customer (claimed by them, issued by a campaign or by staff, or exchanged for points as a loyalty reward). */
  'marketing.coupon_issued': {
    couponId: string;
    templateId: string;
    customerId: string;
    source: 'CLAIM' | 'CAMPAIGN' | 'STAFF' | 'REWARD' | 'BIRTHDAY';
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
}
