import { registerEnumType } from 'type-graphql';
import type { SegmentFactCode, SegmentOperatorCode } from './segment-condition.rules';

/** A customer fact a segment condition reads (marketing's own projection of it). */
export enum SegmentFact {
  RECENCY = 'RECENCY',
  FREQUENCY = 'FREQUENCY',
  MONETARY = 'MONETARY',
  ORDER_COUNT = 'ORDER_COUNT',
  TOTAL_SPEND = 'TOTAL_SPEND',
  TAG = 'TAG',
  BADGE = 'BADGE',
  CONSENT = 'CONSENT',
  TIER = 'TIER',
  LIFECYCLE = 'LIFECYCLE',
  BIRTHDAY = 'BIRTHDAY',
  LAST_ORDER = 'LAST_ORDER',
  FIRST_ORDER = 'FIRST_ORDER',
  REGISTERED = 'REGISTERED',
  LAST_ACTIVE = 'LAST_ACTIVE',
  CHURN_PROBABILITY = 'CHURN_PROBABILITY',
  CLV = 'CLV',
  CLV_DECILE = 'CLV_DECILE',
}
registerEnumType(SegmentFact, {
  name: 'SegmentFact',
  description: 'A customer fact a segment condition reads.',
  valuesConfig: {
    RECENCY: { description: 'RFM recency score 1–5 (5 = bought most recently); customers without scores never match.' },
    FREQUENCY: { description: 'RFM frequency score 1–5.' },
    MONETARY: { description: 'RFM monetary score 1–5.' },
    ORDER_COUNT: { description: 'Orders recorded (fully refunded ones do not count).' },
    TOTAL_SPEND: { description: 'Paid minus refunded, as an amount like "199.00".' },
    TAG: { description: 'A tag the customer carries (use HAS with the tag name, e.g. 母婴).' },
    BADGE: { description: 'A loyalty badge the customer earned (HAS with the badge code).' },
    CONSENT: { description: 'Marketing consent on a channel (HAS with SMS, PUSH, WECHAT or EMAIL).' },
    TIER: { description: 'The loyalty tier code (EQ or IN), e.g. GOLD; a customer loyalty has not moved yet holds the base tier (MEMBER).' },
    LIFECYCLE: { description: 'The lifecycle stage (EQ or IN): POTENTIAL, NEW, ACTIVE, LOYAL, AT_RISK, CHURNED.' },
    BIRTHDAY: { description: 'The birthday month: THIS_MONTH (Asia/Shanghai), or EQ / IN months 1–12.' },
    LAST_ORDER: { description: 'When the last order was paid (MORE_THAN_DAYS_AGO, WITHIN_DAYS, NEVER).' },
    FIRST_ORDER: { description: 'When the first order was paid (MORE_THAN_DAYS_AGO, WITHIN_DAYS, NEVER).' },
    REGISTERED: { description: 'When the customer registered (MORE_THAN_DAYS_AGO, WITHIN_DAYS).' },
    LAST_ACTIVE: { description: 'The latest registration, order, login, browse, search or add-to-cart (MORE_THAN_DAYS_AGO, WITHIN_DAYS, NEVER).' },
    CHURN_PROBABILITY: { description: 'Churn probability 0–1 of the latest customer-value fit, e.g. GTE "0.7"; customers never scored never match.' },
    CLV: { description: '365-day customer lifetime value (10 % a year discount) of the latest fit, as an amount like "500.00" (EQ…GTE).' },
    CLV_DECILE: { description: 'CLV decile 1–10 among all scored customers (10 = most valuable): EQ…GTE or IN.' },
  } satisfies Record<SegmentFactCode, { description: string }>,
});

/** How a segment condition compares its fact. */
export enum SegmentOperator {
  EQ = 'EQ',
  NE = 'NE',
  LT = 'LT',
  LTE = 'LTE',
  GT = 'GT',
  GTE = 'GTE',
  IN = 'IN',
  HAS = 'HAS',
  MORE_THAN_DAYS_AGO = 'MORE_THAN_DAYS_AGO',
  WITHIN_DAYS = 'WITHIN_DAYS',
  NEVER = 'NEVER',
  THIS_MONTH = 'THIS_MONTH',
}
registerEnumType(SegmentOperator, {
  name: 'SegmentOperator',
  description: 'How a segment condition compares its fact with `value`, `values` or `days`.',
  valuesConfig: {
    EQ: { description: 'Equal to `value`.' },
    NE: { description: 'Not equal to `value` (customers without the fact never match).' },
    LT: { description: 'Less than `value`.' },
    LTE: { description: 'Less than or equal to `value`.' },
    GT: { description: 'Greater than `value`.' },
    GTE: { description: 'Greater than or equal to `value`.' },
    IN: { description: 'One of `values`.' },
    HAS: { description: 'The customer has the tag, badge or consent named by `value`.' },
    MORE_THAN_DAYS_AGO: { description: 'The date is at least `days` days before now.' },
    WITHIN_DAYS: { description: 'The date is less than `days` days before now.' },
    NEVER: { description: 'There is no such date (e.g. never ordered).' },
    THIS_MONTH: { description: 'The birthday falls in the current Asia/Shanghai month.' },
  } satisfies Record<SegmentOperatorCode, { description: string }>,
});

/** Why a customer's segment membership was evaluated. */
export enum MembershipCause {
  EVENT = 'EVENT',
  TIMER = 'TIMER',
  SAVE = 'SAVE',
  REBUILD = 'REBUILD',
}
registerEnumType(MembershipCause, {
  name: 'MembershipCause',
  description: 'Why a segment membership changed.',
  valuesConfig: {
    EVENT: { description: 'An event changed the customer\'s facts.' },
    TIMER: { description: 'Time passed a threshold of the rule (e.g. the last order became 30 days old).' },
    SAVE: { description: 'The segment was saved with a new rule, or archived.' },
    REBUILD: { description: 'The projection was rebuilt from the event log.' },
  },
});
