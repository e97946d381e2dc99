import { DomainError } from '@member-graph/common/errors';

/** The balance does not cover the points asked for (or is negative after a refund reversal). */
export const insufficientPoints = (balance: number, requested: number) =>
  new DomainError(
    'INSUFFICIENT_POINTS',
    balance < 0
      ? `The points balance is ${balance} after a refund; redemption is possible again once it is positive`
      : `The points balance (${balance}) does not cover ${requested} points`,
    { balance, requested },
  );

/** The idempotency key was used before with a different request. */
export const idempotencyKeyReused = () =>
  new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request');

/** The store transaction already redeemed points for another customer or amount. */
export const storeTransactionReused = (storeTransactionId: string) =>
  new DomainError('STORE_TRANSACTION_REUSED', `Store transaction ${storeTransactionId} already redeemed points for a different request`, { field: 'storeTransactionId' });
