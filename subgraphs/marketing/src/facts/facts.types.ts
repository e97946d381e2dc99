/** What marketing knows about one customer, projected from events (never read from another subgraph's tables). */
export interface CustomerFacts {
  customerId: string;
  registeredAt: Date | null;
  /** YYYY-MM-DD. */
  birthday: string | null;
  lifecycle: string | null;
  recency: number | null;
  frequency: number | null;
  monetary: number | null;
  tier: string | null;
  tags: string[];
  badges: string[];
  /** Granted consents as `CHANNEL:PURPOSE`, e.g. `SMS:MARKETING`. */
  consents: string[];
  orderCount: number;
  /** Paid minus refunded, in cents. */
  spendCents: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  /** The latest of registration, orders and recorded behaviour. */
  lastActiveAt: Date | null;
  /** False when the customer turned personalisation off (PIPL Art. 24). */
  personalised: boolean;
  mergedInto: string | null;
  /** The last announced churn probability 0–1 (customer.value_changed; null before the first fit). */
  churnProbability: number | null;
  /** The last announced 365-day CLV in cents. */
  clvCents: number | null;
  /** The last announced CLV decile 1–10 (10 = most valuable). */
  clvDecile: number | null;
}

/** The columns of marketing.customer_facts as a CustomerFacts (alias `f`). */
export const FACTS_COLUMNS = `f.customer_id as "customerId", f.registered_at as "registeredAt", f.birthday::text as birthday,
  f.lifecycle, f.recency, f.frequency, f.monetary, f.tier, f.tags, f.badges, f.consents, f.order_count as "orderCount",
  f.spend_cents as "spendCents", f.first_order_at as "firstOrderAt", f.last_order_at as "lastOrderAt",
  f.last_active_at as "lastActiveAt", f.personalised, f.merged_into as "mergedInto", f.churn_probability as "churnProbability",
  f.clv_cents::float8 as "clvCents", f.clv_decile as "clvDecile"`;

/** A consent as stored in the projection. */
export const consentKey = (channel: string, purpose = 'MARKETING') => `${channel}:${purpose}`;

/** Facts of a customer marketing has not heard of yet. */
export const emptyFacts = (customerId: string): CustomerFacts => ({
  customerId,
  registeredAt: null,
  birthday: null,
  lifecycle: null,
  recency: null,
  frequency: null,
  monetary: null,
  tier: null,
  tags: [],
  badges: [],
  consents: [],
  orderCount: 0,
  spendCents: 0,
  firstOrderAt: null,
  lastOrderAt: null,
  lastActiveAt: null,
  personalised: true,
  mergedInto: null,
  churnProbability: null,
  clvCents: null,
  clvDecile: null,
});
