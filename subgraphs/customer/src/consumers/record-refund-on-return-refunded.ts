import { type Actor } from '@member-graph/common/auth';
import { DomainError } from '@member-graph/common/errors';
import { type EventHandler } from '@member-graph/common/events';
import { log } from '@member-graph/common/log';
import type { RefundService } from '../order/refund.service';

/** The integration actor recorded on refunds that come from refunded returns. */
const RETURNS_ACTOR: Actor = { id: 'service.returns', role: 'system', scopes: [] };

/** Refusals that redelivery cannot fix: logged and skipped, so one bad event never blocks the consumer. */
const PERMANENT = new Set(['NOT_FOUND', 'REFUND_EXCEEDS_ORDER', 'REFUND_CONFLICT', 'BAD_USER_INPUT']);

/**
 * A refunded return is recorded as a refund of its order through RefundService, with the external
 * refund number `return-<returnId>`: the refund number is the idempotency key, so a redelivered event
 * (or a retry after a crash between the refund's commit and the consumer's) answers the first refund
 * instead of refunding twice. The refund emits `order.refunded`, from which loyalty reverses the points.
 */
export const recordRefundOnReturnRefunded =
  (refunds: RefundService): EventHandler<'return.refunded'> =>
  async (event) => {
    const p = event.payload;
    try {
      await refunds.refund(RETURNS_ACTOR, {
        orderId: p.orderId,
        externalRefundNo: `return-${p.returnId}`,
        amount: p.amountCents,
        reason: `Return ${p.returnId}`,
      });
    } catch (error) {
      if (error instanceof DomainError && PERMANENT.has(error.code)) {
        log('customer').warn({ returnId: p.returnId, orderId: p.orderId, code: error.code }, `refunded return not recorded on its order (${error.code}: ${error.message}); event skipped`);
        return;
      }
      throw error;
    }
  };
