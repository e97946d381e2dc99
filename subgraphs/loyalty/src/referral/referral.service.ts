import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { queryRows } from '@member-graph/common/db';
import { type Deps } from '../deps';
import type { BadgeService } from '../badge/badge.service';
import type { MemberService } from '../member/member.service';
import type { PointsLedger } from '../points/points.repository';
import type { FingerprintRepository } from './fingerprint.repository';
import { normaliseReferralCode, referralRefusal } from './referral.rules';

const SIDES = ['referrer', 'referee'] as const;

/**
 * Referrals: a new customer registering with a code links to its owner; on the referee's first paid
 * order both get the configured reward, once (keyed ledger lines). Referrals between the same person's
 * accounts (the same or merged customers, or accounts sharing a phone or unionid by their identity
 * fingerprints) are refused when linked, and voided with their rewards reversed when the two are merged later.
 */
export class ReferralService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
    private readonly badgeService: BadgeService,
    private readonly fingerprints: FingerprintRepository,
  ) {}

  /** Keeps the identity fingerprints a customer event carried (compared when a referral is linked). */
  recordFingerprints(tx: EntityManager, customerId: string, fingerprints: unknown): Promise<void> {
    return this.fingerprints.replace(tx, customerId, fingerprints);
  }

  /** Links a referee to the owner of `rawCode` (or records why not). The referee's member lock is held. */
  async link(tx: EntityManager, refereeId: string, rawCode: string): Promise<void> {
    const code = normaliseReferralCode(rawCode) ?? rawCode.slice(0, 32);
    const [owner] = await queryRows<{ id: string }>(tx, `select customer_id as id from loyalty.members where referral_code = $1`, [code]);
    const referrerId = owner?.id ?? null;
    const referrerCanonical = referrerId ? await this.memberService.canonicalId(tx, referrerId) : null;
    const sharesIdentity = referrerCanonical ? await this.fingerprints.shared(tx, refereeId, referrerCanonical) : false;
    const refereeCanonical = await this.memberService.canonicalId(tx, refereeId);
    const refusal = referralRefusal({ refereeId, referrerId, refereeCanonical, referrerCanonical, sharesIdentity });
    const now = this.deps.clock.now();
    await tx.query(
      `insert into loyalty.referrals (referee_id, referrer_id, code, status, refusal_reason, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $6) on conflict (referee_id) do nothing`,
      [refereeId, referrerCanonical, code, refusal ? 'REFUSED' : 'PENDING', refusal, now],
    );
  }

  /** Rewards both sides of the referee's pending referral (called on the referee's first paid order; referee lock held); an erased referrer's side is skipped. */
  async rewardFirstOrder(tx: EntityManager, refereeId: string, orderId: string, actor: Actor | null): Promise<boolean> {
    const [ref] = await queryRows<{ referrerId: string }>(
      tx,
      `select referrer_id as "referrerId" from loyalty.referrals where referee_id = $1 and status = 'PENDING' for update`,
      [refereeId],
    );
    if (!ref) return false;
    const now = this.deps.clock.now();
    const referrer = await this.memberService.lock(tx, ref.referrerId, { create: true });
    if (!referrer || referrer.customerId === refereeId) {
      await tx.query(`update loyalty.referrals set status = 'VOID', refusal_reason = 'MERGED_CUSTOMERS', updated_at = $2 where referee_id = $1`, [refereeId, now]);
      return false;
    }
    const { referrerPoints, refereePoints } = this.deps.settings.referral;
    const rewards = { referrer: [referrer.customerId, referrerPoints], referee: [refereeId, refereePoints] } as const;
    for (const side of SIDES) {
      const [customerId, amount] = rewards[side];
      if (amount <= 0 || (side === 'referrer' && referrer.erasedAt)) continue; // an erased referrer earns nothing
      await this.pointsLedger.credit(tx, 'EARN', {
        customerId,
        amount,
        reasonCode: 'REFERRAL',
        idempotencyKey: `referral:${refereeId}:${side}`,
        sourceType: 'REFERRAL',
        sourceId: side === 'referee' ? orderId : refereeId,
        actor,
      });
    }
    await tx.query(`update loyalty.referrals set status = 'REWARDED', reward_order_id = $2, updated_at = $3 where referee_id = $1`, [refereeId, orderId, now]);
    if (referrer.erasedAt) return true;
    const [{ n }] = await tx.query(`select count(*)::int as n from loyalty.referrals where referrer_id = $1 and status = 'REWARDED'`, [referrer.customerId]);
    await this.badgeService.evaluate(tx, referrer.customerId, 'referrals', n);
    return true;
  }

  /**
   * On a merge (both locked, the ledger already moved to the survivor): a referral between the two
   * is the same person referring themself, so it is voided (and stays as it was, for the record) and
   * paid rewards are reversed; the merged customer's other referrals move to the survivor.
   */
  async onMerge(tx: EntityManager, survivorId: string, mergedId: string): Promise<void> {
    const now = this.deps.clock.now();
    const between = await queryRows<{ refereeId: string; status: string }>(
      tx,
      `select referee_id as "refereeId", status from loyalty.referrals
       where (referee_id = $1 and referrer_id = $2) or (referee_id = $2 and referrer_id = $1) for update`,
      [survivorId, mergedId],
    );
    for (const r of between) {
      if (r.status === 'REWARDED') {
        for (const side of SIDES) {
          const [paid] = await queryRows<{ amount: number }>(tx, `select amount from loyalty.points_entries where idempotency_key = $1`, [
            `referral:${r.refereeId}:${side}`,
          ]);
          if (!paid) continue;
          await this.pointsLedger.debit(tx, 'REVERSE', {
            customerId: survivorId,
            amount: paid.amount,
            allowNegative: true,
            reasonCode: 'REFERRAL_VOID',
            idempotencyKey: `referral-void:${r.refereeId}:${side}`,
            sourceType: 'REFERRAL',
            sourceId: r.refereeId,
          });
        }
      }
      await tx.query(`update loyalty.referrals set status = 'VOID', refusal_reason = 'MERGED_CUSTOMERS', updated_at = $2 where referee_id = $1`, [r.refereeId, now]);
    }
    await tx.query(`update loyalty.referrals set referrer_id = $2 where referrer_id = $1 and status <> 'VOID'`, [mergedId, survivorId]);
    await tx.query(
      `update loyalty.referrals set referee_id = $2 where referee_id = $1 and status <> 'VOID'
       and not exists (select 1 from loyalty.referrals s where s.referee_id = $2)`,
      [mergedId, survivorId],
    );
  }
}
