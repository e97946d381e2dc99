/** Events of the loyalty subgraph. */
export interface LoyaltyEvents {
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
  /**
   * A member exchanged points for a reward of the catalogue (points, stock and exchange in one
   * transaction). For a COUPON_TEMPLATE reward marketing issues the coupon from `couponTemplateId`,
   * once per `exchangeId`.
   */
  'loyalty.reward_exchanged': {
    exchangeId: string;
    customerId: string;
    rewardId: string;
    kind: 'COUPON_TEMPLATE' | 'GIFT' | 'FREE_RETURN_VOUCHER';
    couponTemplateId: string | null;
    /** The points paid (at `tier`'s price ratio) and the REDEEM ledger line that paid them. */
    points: number;
    tier: string;
    entryId: string;
    exchangedAt: string;
  };
  /**
   * A new version of the loyalty programme (tiers, earning rules, badges) is in force; the first
   * version is seeded from the environment. Carries each tier's benefits other domains honour.
   */
  'loyalty.programme_changed': {
    version: number;
    /** Every tier, lowest first (the first is the base tier of customers loyalty has not placed yet). */
    tiers: { code: string; threshold: number; freeReturnShipping: number; servicePriority: number }[];
  };
  /** A member's birthday gift pack was granted (once per year): the points are on the ledger; a coupon template, when the tier has one, is for marketing to issue. */
  'loyalty.birthday_gift_granted': {
    customerId: string;
    year: number;
    tier: string;
    points: number;
    couponTemplateId: string | null;
  };
}
