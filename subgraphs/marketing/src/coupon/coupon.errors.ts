import { DomainError } from '@member-graph/common/errors';

export const couponExhausted = () => new DomainError('COUPON_EXHAUSTED', 'No coupons of this kind are left');
export const couponLimitReached = (limit: number) => new DomainError('COUPON_LIMIT_REACHED', `A customer may hold at most ${limit} of this coupon`, { limit });
export const templateExpired = () => new DomainError('COUPON_TEMPLATE_EXPIRED', 'This coupon can no longer be issued: its validity has ended');
export const notClaimable = () => new DomainError('COUPON_NOT_CLAIMABLE', 'This coupon cannot be claimed by customers; it is issued by campaigns or staff');
export const couponExpired = (validUntil: Date) => new DomainError('COUPON_EXPIRED', `The coupon expired at ${validUntil.toISOString()}`, { validUntil: validUntil.toISOString() });
export const couponNotYetValid = (validFrom: Date) => new DomainError('COUPON_NOT_YET_VALID', `The coupon is valid from ${validFrom.toISOString()}`, { validFrom: validFrom.toISOString() });
export const couponAlreadyRedeemed = () => new DomainError('COUPON_ALREADY_REDEEMED', 'The coupon was already redeemed');
export const channelNotAllowed = (channel: string) => new DomainError('COUPON_CHANNEL_NOT_ALLOWED', `The coupon cannot be used ${channel === 'STORE' ? 'in stores' : 'online'}`, { channel });
export const thresholdNotMet = (thresholdCents: number) =>
  new DomainError('COUPON_THRESHOLD_NOT_MET', `The order must reach ${(thresholdCents / 100).toFixed(2)} for this coupon`, { thresholdCents });
export const storeTransactionReused = () =>
  new DomainError('STORE_TRANSACTION_REUSED', 'This store transaction id was already used to redeem a different coupon');
