import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import type { BusEvent } from '@member-graph/common/events';
import { queryRows } from '@member-graph/common/db';
import { type Deps } from '../deps';
import type { BadgeService } from '../badge/badge.service';
import type { BirthdayService } from '../birthday/birthday.service';
import type { GrowthService } from '../growth/growth.service';
import type { MemberService } from '../member/member.service';
import type { PointsLedger } from '../points/points.repository';
import { pointsForAmount } from '../points/points.rules';
import type { ReferralService } from '../referral/referral.service';
import { tierByCode } from '../tier/tier.rules';
import type { TierService } from '../tier/tier.service';
import { growthForAmount, reversedShare } from './earning.rules';
import type { EarningRepository, OrderEarningRow, OrderEarningWrite } from './earning.repository';

interface EarningRow {
  customerId: string;
  amountCents: number;
  points: number;
  growth: number;
  refundedCents: number;
  pointsReversed: number;
  growthReversed: number;
  pointsEntryId: number | null;
  effectiveAt: Date;
}

/**
 * Points and growth from orders (any channel, stores included) and their reversal on refunds. Runs in
 * the consumer's transaction; each order earns once (the order id is the key of its earning) and each
 * refund reverses once (the refund id), however often the events are delivered.
 */
export class EarningService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
    private readonly growthService: GrowthService,
    private readonly tierService: TierService,
    private readonly badgeService: BadgeService,
    private readonly referralService: ReferralService,
    private readonly birthdayService: BirthdayService,
    private readonly earnings: EarningRepository,
  ) {}

  /** Base points per yuan times the tier (and birthday) multiplier, plus growth from the amount; then tier, badges, referral. */
  async onOrderRecorded(tx: EntityManager, event: BusEvent<'order.recorded'>): Promise<void> {
    const p = event.payload;
    const member = await this.memberService.lock(tx, p.customerId, { create: true });
    if (!member || member.erasedAt) return; // not a customer id, or erased: no one is there to earn
    const customerId = member.customerId;
    const now = this.deps.clock.now();
    const paid = new Date(p.paidAt);
    const paidAt = Number.isNaN(paid.getTime()) || paid > now ? now : paid;
    const { tiers, earning } = this.deps.programme.current();
    const multipliers = [tierByCode(tiers, member.tier).benefits.pointsMultiplier, await this.birthdayService.multiplierFor(tx, customerId, paidAt)];
    const points = pointsForAmount(p.amountCents, earning.pointsPerYuan, multipliers);
    const growth = growthForAmount(p.amountCents, earning.growthPerYuan);
    const order = { orderId: p.orderId, customerId, channel: p.channel, storeId: p.storeId ?? null, amountCents: p.amountCents, points, growth, paidAt };
    const recorded = await this.earnings.record(tx, this.orderWrite(order, event.actor, now));
    if (!recorded) return;
    if (recorded.entry) await this.pointsLedger.announce(tx, recorded.entry, event.actor ?? null, now);
    await this.tierService.upgradeIfEarned(tx, member, recorded.windowGrowth);
    await this.badgeService.evaluate(tx, customerId, 'orders', recorded.orders, recorded.badges);
    if (recorded.orders === 1) await this.referralService.rewardFirstOrder(tx, customerId, p.orderId, event.actor);
  }

  /** What an order writes: its earning row, its points on the ledger and its growth, all keyed by the order. */
  private orderWrite(order: OrderEarningRow, actor: Actor | null | undefined, now: Date): OrderEarningWrite {
    const key = `order:${order.orderId}`;
    const { customerId, orderId, points, growth, storeId, paidAt } = order;
    return {
      earning: order,
      credit: { customerId, amount: points, reasonCode: 'ORDER', idempotencyKey: key, sourceType: 'ORDER', sourceId: orderId, storeId, actor },
      creditExpiresAt: this.pointsLedger.creditExpiry(now),
      growth: { customerId, amount: growth, reasonCode: 'ORDER', idempotencyKey: key, sourceId: orderId, effectiveAt: paidAt },
      windowStart: this.growthService.windowStart(now),
      now,
    };
  }

  /**
   * Reverses the points and growth of the refunded part in full (all of it once fully refunded). The
   * points come off the order's own lot first, then first in, first out; if they were spent already the
   * balance goes negative, which blocks redemption until later earnings bring it back.
   */
  async onOrderRefunded(tx: EntityManager, event: BusEvent<'order.refunded'>): Promise<void> {
    const p = event.payload;
    const [owner] = await queryRows<{ customerId: string }>(tx, `select customer_id as "customerId" from loyalty.order_earnings where order_id = $1`, [p.orderId]);
    const member = await this.memberService.lock(tx, owner?.customerId ?? p.customerId, { create: true });
    if (!member) return;
    const now = this.deps.clock.now();
    const [earning] = await queryRows<EarningRow>(
      tx,
      `select customer_id as "customerId", amount_cents as "amountCents", points, growth, refunded_cents as "refundedCents",
         points_reversed as "pointsReversed", growth_reversed as "growthReversed", points_entry_id as "pointsEntryId", effective_at as "effectiveAt"
       from loyalty.order_earnings where order_id = $1 for update`,
      [p.orderId],
    );
    const refunded = earning ? Math.min(earning.amountCents, earning.refundedCents + Math.max(0, p.amountCents)) : 0;
    const full = !!earning && (p.fullyRefunded || refunded >= earning.amountCents);
    const points = earning ? reversedShare(earning.points, earning.amountCents, refunded, full) - earning.pointsReversed : 0;
    const growth = earning ? reversedShare(earning.growth, earning.amountCents, refunded, full) - earning.growthReversed : 0;
    const inserted = await tx.query(
      `insert into loyalty.order_refunds (refund_id, order_id, customer_id, amount_cents, points_reversed, growth_reversed, refunded_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (refund_id) do nothing returning refund_id`,
      [p.refundId, p.orderId, member.customerId, p.amountCents, Math.max(0, points), Math.max(0, growth), now],
    );
    if (inserted.length === 0 || !earning) return;
    const key = `refund:${p.refundId}`;
    if (points > 0) {
      await this.pointsLedger.debit(tx, 'REVERSE', {
        customerId: member.customerId,
        amount: points,
        allowNegative: true,
        preferLot: earning.pointsEntryId,
        reasonCode: 'ORDER_REFUND',
        idempotencyKey: key,
        sourceType: 'REFUND',
        sourceId: p.refundId,
        actor: event.actor,
      });
    }
    if (growth > 0) {
      await this.growthService.add(tx, { customerId: member.customerId, amount: -growth, reasonCode: 'ORDER_REFUND', idempotencyKey: key, sourceId: p.refundId, effectiveAt: earning.effectiveAt });
    }
    await tx.query(
      `update loyalty.order_earnings set refunded_cents = $2, points_reversed = points_reversed + $3, growth_reversed = growth_reversed + $4 where order_id = $1`,
      [p.orderId, refunded, Math.max(0, points), Math.max(0, growth)],
    );
  }

  /** Moves a merged customer's order earnings and refunds to the survivor (an order stays one order). */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(`update loyalty.order_earnings set customer_id = $2 where customer_id = $1`, [fromId, toId]);
    await tx.query(`update loyalty.order_refunds set customer_id = $2 where customer_id = $1`, [fromId, toId]);
  }
}
