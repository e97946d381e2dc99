import { DomainError } from '@member-graph/common/errors';
import { fromCents } from '@member-graph/common/graphql';

/** The external order number was already recorded with a different payload. */
export const orderConflict = (externalNo: string) =>
  new DomainError('ORDER_CONFLICT', `Order ${externalNo} was already recorded with a different payload`, { externalNo });

/** The external refund number was already used with a different payload. */
export const refundConflict = (externalRefundNo: string) =>
  new DomainError('REFUND_CONFLICT', `Refund ${externalRefundNo} was already recorded with a different payload`, { externalRefundNo });

/** The refund asks for more than what is left of the order. */
export const refundExceedsOrder = (remainingCents: number) =>
  new DomainError('REFUND_EXCEEDS_ORDER', 'The refund exceeds what remains to be refunded on this order', { remaining: fromCents(remainingCents) });
