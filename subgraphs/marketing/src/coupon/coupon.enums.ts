import { registerEnumType } from 'type-graphql';

export enum CouponKind {
  AMOUNT_OFF = 'AMOUNT_OFF',
  PERCENT_OFF = 'PERCENT_OFF',
  THRESHOLD = 'THRESHOLD',
  FREE_SHIPPING = 'FREE_SHIPPING',
}
registerEnumType(CouponKind, {
  name: 'CouponKind',
  description: 'What a coupon takes off.',
  valuesConfig: {
    AMOUNT_OFF: { description: 'A fixed amount off the order (never more than the order).' },
    PERCENT_OFF: { description: 'A percentage off the order, capped at maxDiscount.' },
    THRESHOLD: { description: '满减: a fixed amount off once the order reaches a threshold, e.g. 30 off at 200.' },
    FREE_SHIPPING: { description: 'The shipping fee is waived (optionally up to maxDiscount).' },
  },
});

export enum CouponChannel {
  ONLINE = 'ONLINE',
  STORE = 'STORE',
}
registerEnumType(CouponChannel, {
  name: 'CouponChannel',
  description: 'Where a coupon can be used.',
  valuesConfig: {
    ONLINE: { description: 'Against an online order (app, mini-program, web).' },
    STORE: { description: 'At a till in a store, with the store\'s transaction id.' },
  },
});

export enum CouponStatus {
  AVAILABLE = 'AVAILABLE',
  REDEEMED = 'REDEEMED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CouponStatus, {
  name: 'CouponStatus',
  description: 'Where a coupon stands.',
  valuesConfig: {
    AVAILABLE: { description: 'Not used yet and not past its end (it may not be valid yet: see validFrom).' },
    REDEEMED: { description: 'Used.' },
    EXPIRED: { description: 'Past its end without being used; it can no longer be redeemed.' },
  },
});

export enum CouponSource {
  CLAIM = 'CLAIM',
  CAMPAIGN = 'CAMPAIGN',
  STAFF = 'STAFF',
  REWARD = 'REWARD',
  BIRTHDAY = 'BIRTHDAY',
}
registerEnumType(CouponSource, {
  name: 'CouponSource',
  description: 'How a coupon reached the customer.',
  valuesConfig: {
    CLAIM: { description: 'The customer claimed it.' },
    CAMPAIGN: { description: 'A campaign sent it.' },
    STAFF: { description: 'Staff or an integration issued it.' },
    REWARD: { description: 'The customer exchanged loyalty points for it (a coupon-template reward).' },
    BIRTHDAY: { description: "The birthday gift pack of the customer's loyalty tier (loyalty.birthday_gift_granted), once a year." },
  },
});
