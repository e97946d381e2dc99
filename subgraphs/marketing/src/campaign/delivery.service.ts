import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { envelope } from '@member-graph/common/events';
import { log as logger } from '@member-graph/common/log';
import { queryRows, type Deps } from '../deps';
import type { CouponService } from '../coupon/coupon.service';
import type { FactsProjection } from '../facts/facts.projection';
import { consentKey } from '../facts/facts.types';
import { HOLDOUT, pickArm, quietUntil, renderBody, type Arm } from './campaign.rules';
import type { CampaignRow } from './campaign.repository';
import type { ChannelAdapters } from './channel.adapter';
import type { ChannelPolicyService } from './channel-policy.service';

export type SendStatusCode = 'SENT' | 'SUPPRESSED' | 'DEFERRED' | 'HOLDOUT' | 'FAILED';
export type SendReasonCode = 'PERSONALISATION_OFF' | 'NO_CONSENT' | 'FREQUENCY_CAP' | 'QUIET_HOURS' | 'COUPON_UNAVAILABLE' | 'CHANNEL_ERROR';

/** The decision for one customer and one campaign occurrence ('DUPLICATE' when that occurrence was decided before). */
export type Decision = { status: SendStatusCode; reason: SendReasonCode | null; variant: string | null; couponId: string | null } | 'DUPLICATE';

/**
 * The one way a campaign message goes out. For a customer and an occurrence (launch, or what fired
 * the trigger), once: personalisation opt-out and consent for the channel and MARKETING purpose are
 * checked, the customer is assigned (sticky) to a variant or the holdout by the exact weighted split,
 * then the channel's frequency cap and quiet hours apply (quiet hours defer to their end), the coupon
 * is issued and the message handed to the channel adapter. Every decision lands in the send log.
 * Callers hold the customer's lock, so caps cannot be raced past.
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
    const now = this.deps.clock.now();
    if (!options.deferred) {
      const fired = await queryRows(
        tx,
        `insert into marketing.campaign_firings (campaign_id, customer_id, occurrence, fired_at) values ($1, $2, $3, $4) on conflict do nothing returning occurrence`,
        [c.id, customerId, occurrence, now],
      );
      if (fired.length === 0) return 'DUPLICATE';
    }
    const log = async (status: SendStatusCode, reason: SendReasonCode | null, variant: string | null, extra: { messageId?: string; couponId?: string | null } = {}) => {
      await tx.query(
        `insert into marketing.send_log (campaign_id, customer_id, channel, occurrence, variant, status, reason, message_id, coupon_id, decided_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [c.id, customerId, c.channel, occurrence, variant, status, reason, extra.messageId ?? null, extra.couponId ?? null, now],
      );
      return { status, reason, variant, couponId: extra.couponId ?? null };
    };
    const facts = await this.facts.load(tx, customerId);
    if (c.personalised && facts && !facts.personalised) return log('SUPPRESSED', 'PERSONALISATION_OFF', null);
    if (!facts?.consents.includes(consentKey(c.channel))) return log('SUPPRESSED', 'NO_CONSENT', null);
    const variant = await this.assign(tx, c.id, customerId, now);
    if (variant === HOLDOUT) return log('HOLDOUT', null, HOLDOUT);
    const policy = await this.policies.get(tx, c.channel);
    const [{ sent }] = await queryRows<{ sent: number }>(
      tx,
      `select count(*)::int as sent from marketing.send_log where customer_id = $1 and channel = $2 and status = 'SENT' and decided_at > $3`,
      [customerId, c.channel, new Date(now.getTime() - policy.windowHours * 3_600_000)],
    );
    if (sent >= policy.maxPerWindow) return log('SUPPRESSED', 'FREQUENCY_CAP', variant);
    const quietEnd = quietUntil(policy, now);
    if (quietEnd) {
      await tx.query(
        `insert into marketing.campaign_timers (campaign_id, customer_id, occurrence, due_at, deferred) values ($1, $2, $3, $4, true)
         on conflict (campaign_id, customer_id) do update set occurrence = excluded.occurrence, due_at = excluded.due_at, deferred = true`,
        [c.id, customerId, occurrence, quietEnd],
      );
      return log('DEFERRED', 'QUIET_HOURS', variant);
    }
    await tx.query('savepoint delivery_send');
    let couponId: string | null = null;
    let couponCode: string | null = null;
    if (c.couponTemplateId) {
      const issued = await this.coupons.tryIssue(tx, {
        templateId: c.couponTemplateId,
        customerId,
        source: 'CAMPAIGN',
        campaignId: c.id,
        issueKey: `campaign:${c.id}:${customerId}:${occurrence}`,
        actor: null,
      });
      if ('refused' in issued) {
        await tx.query('release savepoint delivery_send');
        return log('SUPPRESSED', 'COUPON_UNAVAILABLE', variant);
      }
      couponId = issued.coupon.id;
      couponCode = issued.coupon.code;
    }
    const [content] = await queryRows<{ title: string | null; body: string }>(
      tx,
      `select title, body from marketing.campaign_variants where campaign_id = $1 and code = $2`,
      [c.id, variant],
    );
    const messageId = randomUUID();
    try {
      await this.adapters[c.channel].send(tx, {
        messageId,
        campaignId: c.id,
        customerId,
        channel: c.channel,
        variant,
        title: content.title,
        body: renderBody(content.body, couponCode),
        couponId,
        at: now,
      });
      await tx.query('release savepoint delivery_send');
    } catch (error) {
      await tx.query('rollback to savepoint delivery_send');
      logger('marketing').error({ err: error, channel: c.channel, messageId, campaignId: c.id }, `channel ${c.channel} refused a campaign message; logged as CHANNEL_ERROR`);
      return log('FAILED', 'CHANNEL_ERROR', variant);
    }
    await this.deps.outbox.write(
      tx,
      envelope('marketing.message_sent', customerId, { messageId, campaignId: c.id, customerId, channel: c.channel, variant, couponId }, { occurredAt: now }),
    );
    return log('SENT', null, variant, { messageId, couponId });
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
