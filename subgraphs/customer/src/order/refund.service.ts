import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction, isUniqueViolation } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { envelope, type Outbox } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import { OrderEntity } from './order.entity';
import { refundConflict, refundExceedsOrder } from './order.errors';
import { payloadHash } from './payload-hash';
import { RefundEntity } from './refund.entity';
import { normaliseRefund, statusAfterRefund, type NormalisedRefund, type RefundOrderCommand } from './refund.rules';

/** Full and partial refunds of orders, idempotent by external refund number. */
export class RefundService {
  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  /**
   * Refunds part (amount given) or the rest (amount omitted) of an order: integrations, admins and
   * agents. The order row is locked for the whole transaction, so concurrent refunds are applied one
   * after the other and can never exceed the order (REFUND_EXCEEDS_ORDER). The external refund number
   * is the idempotency key: the same payload answers the first refund, another is REFUND_CONFLICT.
   * Emits `order.refunded` in the same transaction.
   */
  async refund(actor: Actor | null, input: RefundOrderCommand): Promise<{ refund: RefundEntity; created: boolean }> {
    const a = requireRole(actor, 'system', 'admin', 'agent');
    const request = normaliseRefund(input);
    const attempt = () => inTransaction(this.deps.dataSource, (tx) => this.apply(tx, a, request));
    try {
      return await attempt();
    } catch (error) {
      // the same refund number raced in on another order: once it committed, the retry reads it
      if (isUniqueViolation(error, 'refunds_external_refund_no_key')) return attempt();
      throw error;
    }
  }

  private async apply(tx: EntityManager, actor: Actor, request: NormalisedRefund) {
    const order = await tx.getRepository(OrderEntity).findOne({ where: request.order, lock: { mode: 'pessimistic_write' } });
    if (!order) throw notFound('Order', 'id' in request.order ? request.order.id : request.order.externalNo);
    const hash = payloadHash({ orderId: order.id, externalRefundNo: request.externalRefundNo, amountCents: request.amountCents, reason: request.reason });
    const refunds = tx.getRepository(RefundEntity);
    const existing = await refunds.findOneBy({ externalRefundNo: request.externalRefundNo });
    if (existing) {
      if (existing.payloadHash !== hash) throw refundConflict(request.externalRefundNo);
      return { refund: existing, created: false };
    }
    const remaining = order.amountCents - order.refundedCents;
    const amountCents = request.amountCents ?? remaining;
    if (amountCents <= 0 || amountCents > remaining) throw refundExceedsOrder(remaining);

    const now = this.deps.clock.now();
    const refund = await refunds.save(
      refunds.create({ orderId: order.id, externalRefundNo: request.externalRefundNo, amountCents, reason: request.reason, payloadHash: hash, createdAt: now }),
    );
    const totalRefundedCents = order.refundedCents + amountCents;
    const status = statusAfterRefund(order.amountCents, totalRefundedCents);
    await tx.getRepository(OrderEntity).update({ id: order.id }, { refundedCents: totalRefundedCents, status });
    await this.deps.outbox.write(
      tx,
      envelope(
        'order.refunded',
        order.id,
        {
          orderId: order.id,
          refundId: refund.id,
          externalRefundNo: refund.externalRefundNo,
          customerId: order.customerId,
          amountCents,
          orderAmountCents: order.amountCents,
          totalRefundedCents,
          fullyRefunded: totalRefundedCents >= order.amountCents,
        },
        { actor, occurredAt: now },
      ),
    );
    return { refund, created: true };
  }
}
