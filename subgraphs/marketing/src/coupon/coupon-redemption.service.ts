import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction, isUniqueViolation } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { envelope } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import { channelNotAllowed, couponAlreadyRedeemed, couponExpired, couponNotYetValid, storeTransactionReused } from './coupon.errors';
import type { RedeemCouponInput, RedeemCouponInStoreInput } from './coupon.inputs';
import { couponStatus, discountFor } from './coupon.rules';
import { COUPON_COLUMNS, type CouponRow } from './coupon.repository';
import type { CouponService } from './coupon.service';

/**
 * Redemptions: online against an order (idempotent by order id) or at a store till (idempotent by
 * the store's transaction id). The coupon row is locked, so a coupon is redeemed once; expired,
 * not-yet-valid, wrong-channel and below-threshold redemptions are refused and change nothing.
 */
export class CouponRedemptionService {
  constructor(
    private readonly deps: Deps,
    private readonly coupons: CouponService,
  ) {}

  /**
   * Redeems a coupon against an online order: the customer for their own coupon, an integration
   * (system) or an admin for any. Redeeming again for the same order returns the first result.
   */
  async redeemOnline(actor: Actor | null, input: RedeemCouponInput) {
    const a = requireRole(actor, 'customer', 'system', 'admin');
    return inTransaction(this.deps.dataSource, async (tx) => {
      const coupon = await this.lockByCode(tx, input.code, a);
      if (coupon.status === 'REDEEMED') {
        if (coupon.redemptionChannel === 'ONLINE' && coupon.orderId === input.orderId) return { coupon, discount: coupon.discountCents!, replayed: true };
        throw couponAlreadyRedeemed();
      }
      return this.redeem(tx, coupon, a, { channel: 'ONLINE', orderId: input.orderId, amountCents: input.orderAmount, shippingCents: input.shippingAmount ?? 0 });
    });
  }

  /**
   * Redeems a coupon at a store till (integrations and admins), keyed by the store's transaction id:
   * the same transaction again returns the first result; the same id with another coupon is refused.
   */
  async redeemInStore(actor: Actor | null, input: RedeemCouponInStoreInput) {
    const a = requireRole(actor, 'system', 'admin');
    const attempt = () =>
      inTransaction(this.deps.dataSource, async (tx) => {
        const [done] = await queryRows<CouponRow>(
          tx,
          `select ${COUPON_COLUMNS} from marketing.coupons where store_id = $1 and store_transaction_id = $2`,
          [input.storeId, input.storeTransactionId],
        );
        if (done) {
          if (done.code !== input.code.trim().toUpperCase()) throw storeTransactionReused();
          return { coupon: done, discount: done.discountCents!, replayed: true };
        }
        const coupon = await this.lockByCode(tx, input.code, a);
        if (coupon.status === 'REDEEMED') {
          // a concurrent request for the same transaction won the lock: answer what it did
          if (coupon.storeId === input.storeId && coupon.storeTransactionId === input.storeTransactionId) return { coupon, discount: coupon.discountCents!, replayed: true };
          throw couponAlreadyRedeemed();
        }
        return this.redeem(tx, coupon, a, { channel: 'STORE', storeId: input.storeId, storeTransactionId: input.storeTransactionId, amountCents: input.amount });
      });
    try {
      return await attempt();
    } catch (error) {
      if (isUniqueViolation(error, 'coupons_store_transaction')) return attempt(); // raced with the same transaction: answer it
      throw error;
    }
  }

  private async lockByCode(tx: EntityManager, code: string, a: Actor): Promise<CouponRow> {
    const [coupon] = await queryRows<CouponRow>(tx, `select ${COUPON_COLUMNS} from marketing.coupons where code = $1 for update`, [code.trim().toUpperCase()]);
    if (!coupon || (a.role === 'customer' && coupon.customerId !== a.id)) throw notFound('Coupon', code);
    return coupon;
  }

  private async redeem(
    tx: EntityManager,
    coupon: CouponRow,
    a: Actor,
    r: { channel: 'ONLINE' | 'STORE'; amountCents: number; shippingCents?: number; orderId?: string; storeId?: string; storeTransactionId?: string },
  ) {
    const now = this.deps.clock.now();
    if (now.getTime() < new Date(coupon.validFrom).getTime()) throw couponNotYetValid(coupon.validFrom);
    if (couponStatus(coupon, now) === 'EXPIRED') throw couponExpired(coupon.validUntil);
    const [t] = await this.coupons.templates([coupon.templateId], tx);
    if (!t.channels.includes(r.channel)) throw channelNotAllowed(r.channel);
    if (r.amountCents < 0 || (r.shippingCents ?? 0) < 0) throw badInput('Amounts must not be negative', { field: 'amount' });
    const discount = discountFor(t, r.amountCents, r.shippingCents ?? 0);
    const [updated] = await queryRows<CouponRow>(
      tx,
      `update marketing.coupons set status = 'REDEEMED', redeemed_at = $2, redemption_channel = $3, order_id = $4, order_amount_cents = $5,
         store_id = $6, store_transaction_id = $7, discount_cents = $8, redeemed_by = $9
       where id = $1 and status = 'ISSUED' returning ${COUPON_COLUMNS}`,
      [coupon.id, now, r.channel, r.orderId ?? null, r.amountCents, r.storeId ?? null, r.storeTransactionId ?? null, discount, a.id],
    );
    await this.deps.outbox.write(
      tx,
      envelope(
        'marketing.coupon_redeemed',
        coupon.customerId,
        {
          couponId: coupon.id,
          templateId: coupon.templateId,
          customerId: coupon.customerId,
          channel: r.channel,
          orderId: r.orderId ?? null,
          storeId: r.storeId ?? null,
          storeTransactionId: r.storeTransactionId ?? null,
          discountCents: discount,
        },
        { actor: a, occurredAt: now },
      ),
    );
    return { coupon: updated, discount, replayed: false };
  }

}
