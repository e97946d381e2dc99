import { registerEnumType } from 'type-graphql';

export enum CampaignKind {
  ONE_SHOT = 'ONE_SHOT',
  TRIGGERED = 'TRIGGERED',
}
registerEnumType(CampaignKind, {
  name: 'CampaignKind',
  description: 'How a campaign reaches customers.',
  valuesConfig: {
    ONE_SHOT: { description: 'Once, to the members of a segment when launched.' },
    TRIGGERED: { description: 'To each customer when their trigger fires (from events and per-customer timers).' },
  },
});

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'Where a campaign stands.',
  valuesConfig: {
    DRAFT: { description: 'Created, not launched: nothing is sent.' },
    ACTIVE: { description: 'Launched: sends and triggers run.' },
    PAUSED: { description: 'Stopped: nothing is sent until launched again (pending timers wait).' },
  },
});

export enum MessageChannel {
  SMS = 'SMS',
  PUSH = 'PUSH',
  WECHAT = 'WECHAT',
  EMAIL = 'EMAIL',
}
registerEnumType(MessageChannel, {
  name: 'MessageChannel',
  description: 'A channel campaign messages go out on (each behind the same adapter interface).',
  valuesConfig: {
    SMS: { description: 'Text message.' },
    PUSH: { description: 'App push notification.' },
    WECHAT: { description: 'WeChat template (subscription) message.' },
    EMAIL: { description: 'Email.' },
  },
});

export enum TriggerType {
  INACTIVE_DAYS = 'INACTIVE_DAYS',
  DAYS_AFTER_FIRST_ORDER = 'DAYS_AFTER_FIRST_ORDER',
  BIRTHDAY_MONTH = 'BIRTHDAY_MONTH',
  TIER_UPGRADED = 'TIER_UPGRADED',
  CART_ABANDONED = 'CART_ABANDONED',
  CATEGORY_BROWSED = 'CATEGORY_BROWSED',
  CHURN_RISK_ROSE = 'CHURN_RISK_ROSE',
  PROACTIVE_CARE = 'PROACTIVE_CARE',
}
registerEnumType(TriggerType, {
  name: 'TriggerType',
  description: 'What fires a triggered campaign for a customer.',
  valuesConfig: {
    INACTIVE_DAYS: { description: 'No order, login, browse, search or add-to-cart for `days` days (fires again after new activity and new inactivity).' },
    DAYS_AFTER_FIRST_ORDER: { description: '`days` days after the customer\'s first order (once).' },
    BIRTHDAY_MONTH: { description: 'The customer\'s birthday month begins (Asia/Shanghai), once a year.' },
    TIER_UPGRADED: { description: 'The customer moved up a loyalty tier (to `tier` only, when given), once per tier.' },
    CART_ABANDONED: { description: 'Added to cart without ordering within `hours` hours.' },
    CATEGORY_BROWSED: { description: 'Browsed a category (`category` only, when given) `times` times without ordering.' },
    CHURN_RISK_ROSE: {
      description:
        'Win-back: a refit of the customer-value model raised the customer\'s churn probability from below `threshold` to at least it (once per fit; a first score is no rise). Always personalised.',
    },
    PROACTIVE_CARE: {
      description:
        'Proactive care: complaints about a SKU the customer recently bought clustered and service opened a care ticket for them (ticket.care_opened); once per care cluster. Its coupon is the compensation; consent, caps and quiet hours apply as for any campaign.',
    },
  },
});

export enum SendStatus {
  SENT = 'SENT',
  SUPPRESSED = 'SUPPRESSED',
  DEFERRED = 'DEFERRED',
  HOLDOUT = 'HOLDOUT',
  FAILED = 'FAILED',
}
registerEnumType(SendStatus, {
  name: 'SendStatus',
  description: 'The decision taken for one customer and one campaign occurrence.',
  valuesConfig: {
    SENT: { description: 'Handed to the channel adapter.' },
    SUPPRESSED: { description: 'Not sent; `reason` says why.' },
    DEFERRED: { description: 'Held back (quiet hours); it is decided again when they end.' },
    HOLDOUT: { description: 'In the holdout group: deliberately sent nothing, to measure incremental revenue.' },
    FAILED: { description: 'The channel adapter refused it.' },
  },
});

export enum SendReason {
  PERSONALISATION_OFF = 'PERSONALISATION_OFF',
  NO_CONSENT = 'NO_CONSENT',
  FREQUENCY_CAP = 'FREQUENCY_CAP',
  QUIET_HOURS = 'QUIET_HOURS',
  COUPON_UNAVAILABLE = 'COUPON_UNAVAILABLE',
  CHANNEL_ERROR = 'CHANNEL_ERROR',
}
registerEnumType(SendReason, {
  name: 'SendReason',
  description: 'Why a message was not sent (now).',
  valuesConfig: {
    PERSONALISATION_OFF: { description: 'The customer turned personalisation off and the campaign is personalised (PIPL Art. 24).' },
    NO_CONSENT: { description: 'No marketing consent on the campaign\'s channel.' },
    FREQUENCY_CAP: { description: 'The customer already received the channel\'s maximum within its window.' },
    QUIET_HOURS: { description: 'Inside the channel\'s quiet hours (Asia/Shanghai); deferred to their end.' },
    COUPON_UNAVAILABLE: { description: 'The campaign\'s coupon could not be issued (out of stock, limit reached or expired).' },
    CHANNEL_ERROR: { description: 'The channel adapter failed.' },
  },
});
