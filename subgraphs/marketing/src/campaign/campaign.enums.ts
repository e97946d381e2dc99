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
  BUDGET_SPENT = 'BUDGET_SPENT',
  OUTSIDE_WINDOW = 'OUTSIDE_WINDOW',
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
    BUDGET_SPENT: { description: 'The campaign\'s budget has not enough left for this message (its cost per message plus its coupon\'s value).' },
    OUTSIDE_WINDOW: { description: 'A send queued for the campaign (a one-shot launch\'s, or one deferred by quiet hours) came due after the campaign\'s window ended.' },
  },
});

export enum CampaignPhase {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  ENDED = 'ENDED',
}
registerEnumType(CampaignPhase, {
  name: 'CampaignPhase',
  description: 'Where a campaign stands against its window (startsAt, endsAt) now; it sends only while OPEN and ACTIVE.',
  valuesConfig: {
    SCHEDULED: { description: 'Before startsAt: nothing is sent yet (one-shot sends wait for the start, triggers are ignored).' },
    OPEN: { description: 'Inside the window (or no window): sends while the campaign is ACTIVE.' },
    ENDED: { description: 'At or after endsAt: nothing is sent any more.' },
  },
});

export enum DeliveryStage {
  DELIVERED = 'DELIVERED',
  OPENED = 'OPENED',
  CLICKED = 'CLICKED',
}
registerEnumType(DeliveryStage, {
  name: 'DeliveryStage',
  description: 'How far a sent message got, from the channel\'s delivery receipts; each stage implies the earlier ones, and a message only moves forward.',
  valuesConfig: {
    DELIVERED: { description: 'The channel delivered it to the customer.' },
    OPENED: { description: 'The customer opened (read) it.' },
    CLICKED: { description: 'The customer followed its link.' },
  },
});

export enum ReceiptOutcome {
  APPLIED = 'APPLIED',
  UNCHANGED = 'UNCHANGED',
  UNKNOWN_MESSAGE = 'UNKNOWN_MESSAGE',
}
registerEnumType(ReceiptOutcome, {
  name: 'ReceiptOutcome',
  description: 'What one delivery receipt did.',
  valuesConfig: {
    APPLIED: { description: 'The message reached a stage it had not (its time is recorded).' },
    UNCHANGED: { description: 'The message had already reached that stage or a later one: nothing changed (a repeated or late receipt).' },
    UNKNOWN_MESSAGE: { description: 'No sent message has that id: nothing recorded (the rest of the batch is).' },
  },
});
