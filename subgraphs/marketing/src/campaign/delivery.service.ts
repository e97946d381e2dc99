import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { envelope } from '@member-graph/common/events';
import { log as logger } from '@member-graph/common/log';
import { queryRows, type Deps } from '../deps';
import type { CouponService } from '../coupon/coupon.service';
import type { FactsProjection } from '../facts/facts.projection';
import { renderBody } from './campaign.rules';
import { HOLDOUT, pickArm, type Arm } from './ab-split.rules';
import type { CampaignRow } from './campaign.repository';
import type { ChannelAdapters } from './channel.adapter';
import type { ChannelPolicyService } from './channel-policy.service';
import { audienceRefusal, capWindowStart, contactDecision, type SendReasonCode, type SendStatusCode } from './delivery.rules';
import { inWindow } from './schedule.rules';
import { fitsBudget, sendCharge, type CouponFace } from './budget.rules';

export type { SendReasonCode, SendStatusCode } from './delivery.rules';

/**
 * The decision for one customer and one campaign occurrence ('DUPLICATE' when that occurrence was
 * decided before, 'OUTSIDE_WINDOW' when a trigger fired outside the campaign's window and was ignored).
 */
export type Decision = { status: SendStatusCode; reason: SendReasonCode | null; variant: string | null; couponId: string | null } | 'DUPLICATE' | 'OUTSIDE_WINDOW';

/** One customer and one occurrence of a campaign being decided, at `now`. */
interface Delivery {
  tx: EntityManager;
  c: CampaignRow;
  customerId: string;
  occurrence: string;
  now: Date;
}

/** What handing the message over came to. */
type Outcome = { status: 'SENT'; messageId: string; couponId: string | null } | { status: 'SUPPRESSED' | 'FAILED'; reason: SendReasonCode };

/**
 * The one way a campaign message goes out. For a customer and an occurrence (launch, or what fired
 * the trigger), once: personalisation opt-out and consent for the channel and MARKETING purpose are
 * checked, the customer is assigned (sticky) to a variant or the holdout by the exact weighted split,
 * then the channel's frequency cap and quiet hours apply (quiet hours defer to their end), the coupon
 * is issued, the send is charged to the campaign's budget and the message handed to the channel
 * adapter. Every decision lands in the send log. Only inside the campaign's window: a trigger outside
 * it is ignored (nothing logged), a queued send (launch, deferred) that comes due after its end is
 * logged SUPPRESSED with OUTSIDE_WINDOW.
 * Callers hold the customer's lock, so caps cannot be raced past. The decisions are the pure
 * functions of delivery.rules; this class does the reads and writes around them.
 */
export class DeliveryService {
  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsProjection,
    private readonly coupons: CouponService,
    private readonly policies: ChannelPolicyService,
    private readonly adapters: ChannelAdapters,
  ) {}

  async deliver(tx: EntityManager, c: CampaignRow, customerId: string, occurrence: string, options: { deferred?: boolean } = {}): Promise<Decision> {
    const d: Delivery = { tx, c, customerId, occurrence, now: this.deps.clock.now() };
    const queued = options.deferred || occurrence === 'launch';
    if (!queued && !inWindow(c, d.now)) return 'OUTSIDE_WINDOW';
    if (!options.deferred && !(await this.claim(d))) return 'DUPLICATE';
    if (!inWindow(c, d.now)) return this.log(d, 'SUPPRESSED', 'OUTSIDE_WINDOW', null);
    const refused = audienceRefusal(c, await this.facts.load(tx, customerId));
    if (refused) return this.log(d, 'SUPPRESSED', refused, null);
    const variant = await this.assign(tx, c.id, customerId, d.now);
    if (variant === HOLDOUT) return this.log(d, 'HOLDOUT', null, HOLDOUT);
    const policy = await this.policies.get(tx, c.channel);
    const contact = contactDecision(policy, await this.sentSince(d, capWindowStart(policy, d.now)), d.now);
    if (!contact.go && contact.reason === 'QUIET_HOURS') await this.defer(d, contact.until);
    if (!contact.go) return this.log(d, contact.reason === 'QUIET_HOURS' ? 'DEFERRED' : 'SUPPRESSED', contact.reason, variant);
    const outcome = await this.send(d, variant);
    if (outcome.status !== 'SENT') return this.log(d, outcome.status, outcome.reason, variant);
    return this.log(d, 'SENT', null, variant, outcome);
  }

  /** Records that this occurrence is being decided; false when it was decided before. */
  private async claim(d: Delivery): Promise<boolean> {
    const fired = await queryRows(
      d.tx,
      `insert into marketing.campaign_firings (campaign_id, customer_id, occurrence, fired_at) values ($1, $2, $3, $4) on conflict do nothing returning occurrence`,
      [d.c.id, d.customerId, d.occurrence, d.now],
    );
    return fired.length > 0;
  }

  /** Writes the decision to the send log and answers it. */
  private async log(d: Delivery, status: SendStatusCode, reason: SendReasonCode | null, variant: string | null, sent: { messageId?: string; couponId?: string | null } = {}) {
    await d.tx.query(
      `insert into marketing.send_log (campaign_id, customer_id, channel, occurrence, variant, status, reason, message_id, coupon_id, decided_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [d.c.id, d.customerId, d.c.channel, d.occurrence, variant, status, reason, sent.messageId ?? null, sent.couponId ?? null, d.now],
    );
    return { status, reason, variant, couponId: sent.couponId ?? null };
  }

  /** Messages the customer was sent on the campaign's channel since `from` (the cap window). */
  private async sentSince(d: Delivery, from: Date): Promise<number> {
    const [{ sent }] = await queryRows<{ sent: number }>(
      d.tx,
      `select count(*)::int as sent from marketing.send_log where customer_id = $1 and channel = $2 and status = 'SENT' and decided_at > $3`,
      [d.customerId, d.c.channel, from],
    );
    return sent;
  }

  /** Holds the occurrence back until the quiet hours end: the timer job decides it again then. */
  private async defer(d: Delivery, until: Date): Promise<void> {
    await d.tx.query(
      `insert into marketing.campaign_timers (campaign_id, customer_id, occurrence, due_at, deferred) values ($1, $2, $3, $4, true)
       on conflict (campaign_id, customer_id) do update set occurrence = excluded.occurrence, due_at = excluded.due_at, deferred = true`,
      [d.c.id, d.customerId, d.occurrence, until],
    );
  }

  /**
   * Issues the campaign's coupon (if any), charges the send to the campaign's budget and hands the
   * message to the channel adapter, inside a savepoint: a refused coupon, a spent budget or a failing
   * adapter leaves nothing behind but the decision.
   */
  private async send(d: Delivery, variant: string): Promise<Outcome> {
    // fast path (the row read before may be stale; the conditional update in charge() is what guarantees the budget)
    if (!fitsBudget(d.c.budgetCents, d.c.spentCents, Number(d.c.costPerMessageCents))) return { status: 'SUPPRESSED', reason: 'BUDGET_SPENT' };
    await d.tx.query('savepoint delivery_send');
    const coupon = await this.issueCoupon(d);
    if (coupon === 'refused') {
      await d.tx.query('release savepoint delivery_send');
      return { status: 'SUPPRESSED', reason: 'COUPON_UNAVAILABLE' };
    }
    if (!(await this.charge(d, coupon))) {
      await d.tx.query('rollback to savepoint delivery_send');
      await d.tx.query('release savepoint delivery_send');
      return { status: 'SUPPRESSED', reason: 'BUDGET_SPENT' };
    }
    const [content] = await queryRows<{ title: string | null; body: string }>(
      d.tx,
      `select title, body from marketing.campaign_variants where campaign_id = $1 and code = $2`,
      [d.c.id, variant],
    );
    const messageId = randomUUID();
    const message = { messageId, campaignId: d.c.id, customerId: d.customerId, channel: d.c.channel, variant, couponId: coupon?.id ?? null };
    try {
      await this.adapters[d.c.channel].send(d.tx, { ...message, title: content.title, body: renderBody(content.body, coupon?.code ?? null), at: d.now });
      await d.tx.query('release savepoint delivery_send');
    } catch (error) {
      await d.tx.query('rollback to savepoint delivery_send');
      logger('marketing').error({ err: error, channel: d.c.channel, messageId, campaignId: d.c.id }, `channel ${d.c.channel} refused a campaign message; logged as CHANNEL_ERROR`);
      return { status: 'FAILED', reason: 'CHANNEL_ERROR' };
    }
    await this.deps.outbox.write(d.tx, envelope('marketing.message_sent', d.customerId, message, { occurredAt: d.now }));
    return { status: 'SENT', messageId, couponId: message.couponId };
  }

  /**
   * Adds the send's charge (cost per message plus the coupon's value) to the campaign's spent, when
   * it fits the budget: one conditional update, whose row lock orders concurrent sends of the
   * campaign until their commit, so spent never passes the budget. False when it does not fit.
   */
  private async charge(d: Delivery, coupon: { id: string } | null): Promise<boolean> {
    const [face] = coupon
      ? await queryRows<CouponFace>(
          d.tx,
          `select kind, amount_off_cents::float8 as "amountOffCents", max_discount_cents::float8 as "maxDiscountCents" from marketing.coupon_templates where id = $1`,
          [d.c.couponTemplateId],
        )
      : [];
    const charge = sendCharge(d.c.costPerMessageCents, face ?? null);
    if (charge === 0) return true;
    const rows = await queryRows(
      d.tx,
      `update marketing.campaigns set spent_cents = spent_cents + $2 where id = $1 and (budget_cents is null or spent_cents + $2 <= budget_cents) returning id`,
      [d.c.id, charge],
    );
    return rows.length > 0;
  }

  /** The campaign's coupon issued to the customer (once per occurrence), null without one, 'refused' when it cannot be issued. */
  private async issueCoupon(d: Delivery): Promise<{ id: string; code: string } | null | 'refused'> {
    if (!d.c.couponTemplateId) return null;
    const issued = await this.coupons.tryIssue(d.tx, {
      templateId: d.c.couponTemplateId,
      customerId: d.customerId,
      source: 'CAMPAIGN',
      campaignId: d.c.id,
      issueKey: `campaign:${d.c.id}:${d.customerId}:${d.occurrence}`,
      actor: null,
    });
    return 'refused' in issued ? 'refused' : { id: issued.coupon.id, code: issued.coupon.code };
  }

  /** The customer's arm in this campaign: assigned once (the campaign's arms are locked while the split is advanced). */
  private async assign(tx: EntityManager, campaignId: string, customerId: string, now: Date): Promise<string> {
    const [existing] = await queryRows<{ variant: string }>(
      tx,
      `select variant from marketing.campaign_assignments where campaign_id = $1 and customer_id = $2`,
      [campaignId, customerId],
    );
    if (existing) return existing.variant;
    const arms = await queryRows<Arm>(
      tx,
      `select code, weight, assigned from marketing.campaign_variants where campaign_id = $1 order by (code = '${HOLDOUT}'), code for update`,
      [campaignId],
    );
    const code = pickArm(arms);
    await tx.query(`update marketing.campaign_variants set assigned = assigned + 1 where campaign_id = $1 and code = $2`, [campaignId, code]);
    await tx.query(`insert into marketing.campaign_assignments (campaign_id, customer_id, variant, assigned_at) values ($1, $2, $3, $4)`, [
      campaignId,
      customerId,
      code,
      now,
    ]);
    return code;
  }
}
