import { badInput } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { OrderStatus } from './order.enums';

/** A refund as callers give it (the GraphQL input fits this shape); `amount` is in cents. */
export interface RefundOrderCommand {
  orderId?: string | null;
  externalNo?: string | null;
  externalRefundNo: string;
  amount?: number | null;
  reason?: string | null;
}

/** A validated refund request: which order, the idempotency key, the amount (null = the remainder). */
export interface NormalisedRefund {
  order: { id: string } | { externalNo: string };
  externalRefundNo: string;
  amountCents: number | null;
  reason: string | null;
}

/** Validates a refund request (pure). Throws BAD_USER_INPUT naming the offending field. */
export function normaliseRefund(input: RefundOrderCommand): NormalisedRefund {
  const orderId = input.orderId?.trim() || null;
  const externalNo = input.externalNo?.trim() || null;
  if (!orderId === !externalNo) throw badInput('give exactly one of orderId and externalNo', { field: orderId ? 'externalNo' : 'orderId' });
  if (orderId && !isUuid(orderId)) throw badInput('orderId must be an order id (UUID)', { field: 'orderId' });
  const externalRefundNo = input.externalRefundNo?.trim() ?? '';
  if (!externalRefundNo || externalRefundNo.length > 128) {
    throw badInput('externalRefundNo must be 1 to 128 characters', { field: 'externalRefundNo' });
  }
  const amount = input.amount ?? null;
  if (amount !== null && (!Number.isSafeInteger(amount) || amount <= 0)) {
    throw badInput('amount must be more than 0', { field: 'amount' });
  }
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > 500) throw badInput('reason must be at most 500 characters', { field: 'reason' });
  return {
    order: orderId ? { id: orderId.toLowerCase() } : { externalNo: externalNo! },
    externalRefundNo,
    amountCents: amount,
    reason,
  };
}

/** The status of an order once `refundedCents` of its `amountCents` are refunded. */
export const statusAfterRefund = (amountCents: number, refundedCents: number): OrderStatus =>
  refundedCents <= 0 ? OrderStatus.PAID : refundedCents >= amountCents ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
