import type { EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import { isUuid } from '@member-graph/common/graphql';
import { type Deps } from '../deps';
import type { BadgeService } from '../badge/badge.service';
import type { BirthdayService } from '../birthday/birthday.service';
import type { CheckInService } from '../check-in/check-in.service';
import type { EarningService } from '../earning/earning.service';
import type { EngagementService } from '../engagement/engagement.service';
import type { GrowthService } from '../growth/growth.service';
import type { MemberService } from '../member/member.service';
import type { PointsLedger } from '../points/points.repository';
import type { ReferralService } from '../referral/referral.service';
import type { RewardService } from '../reward/reward.service';
import type { TierService } from '../tier/tier.service';

/**
 * customer.merged: the merged customer's ledger, lots, growth, orders, check-ins, engagements,
 * badges, birthday grants and referrals move to the survivor without double counting (entries keep
 * their keys; a day, review or badge both accounts had counts once), the survivor keeps the higher
 * tier, and the merged member points at the survivor so later events and reads land there.
 */
export class LoyaltyMergeService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
    private readonly growthService: GrowthService,
    private readonly tierService: TierService,
    private readonly badgeService: BadgeService,
    private readonly referralService: ReferralService,
    private readonly birthdayService: BirthdayService,
    private readonly earningService: EarningService,
    private readonly checkInService: CheckInService,
    private readonly engagementService: EngagementService,
    private readonly rewardService: RewardService,
  ) {}

  async onMerged(tx: EntityManager, survivorId: string, mergedId: string): Promise<void> {
    if (survivorId === mergedId || !isUuid(survivorId) || !isUuid(mergedId)) return;
    const locked = await this.memberService.lockExact(tx, [survivorId, mergedId]);
    const merged = locked.get(mergedId);
    let survivor = locked.get(survivorId);
    if (!merged || !survivor || merged.mergedInto) return; // merged before: nothing moves twice
    if (survivor.mergedInto) survivor = (await this.memberService.lock(tx, survivor.mergedInto)) ?? survivor;
    const to = survivor.customerId;
    const from = mergedId;
    if (to === from || survivor.erasedAt || merged.erasedAt) return; // an erased account takes in or gives away nothing

    await this.pointsLedger.recordMove(tx, from, to);
    await this.pointsLedger.moveTo(tx, from, to);
    await this.growthService.moveTo(tx, from, to);
    await this.earningService.moveTo(tx, from, to);
    await this.checkInService.moveTo(tx, from, to);
    await this.engagementService.moveTo(tx, from, to);
    await this.badgeService.moveTo(tx, from, to);
    await this.birthdayService.moveTo(tx, from, to);
    await this.rewardService.moveTo(tx, from, to);
    await this.referralService.onMerge(tx, to, from);

    const now = this.deps.clock.now();
    await tx.query(`update loyalty.members set merged_into = $2, updated_at = $3 where customer_id = $1 or merged_into = $1`, [from, to, now]);
    await tx.query(
      `update loyalty.members s set birthday = coalesce(s.birthday, m.birthday),
         birthday_due_at = case when s.birthday is null then m.birthday_due_at else s.birthday_due_at end,
         registered_at = least(s.registered_at, m.registered_at), updated_at = $3
       from loyalty.members m where s.customer_id = $1 and m.customer_id = $2`,
      [to, from, now],
    );
    await this.tierService.adoptHigher(tx, survivor, merged);
    await this.tierService.upgradeIfEarned(tx, survivor);
    const [metrics] = await queryRows<{ orders: number; reviews: number; shares: number; referrals: number }>(
      tx,
      `select (select count(*) from loyalty.order_earnings where customer_id = $1)::int as orders,
              (select count(*) from loyalty.engagements where customer_id = $1 and kind = 'REVIEW')::int as reviews,
              (select count(*) from loyalty.engagements where customer_id = $1 and kind = 'SHARE')::int as shares,
              (select count(*) from loyalty.referrals where referrer_id = $1 and status = 'REWARDED')::int as referrals`,
      [to],
    );
    for (const metric of ['orders', 'reviews', 'shares', 'referrals'] as const) await this.badgeService.evaluate(tx, to, metric, metrics[metric]);
  }

  /**
   * customer.unmerged: the ledger lines the merge moved go back to the restored member (its balance with
   * them), the earnings of its orders too (so a later refund reverses the right member's points), and the
   * restored member no longer points at the survivor. Growth, tier, badges, check-ins, engagements,
   * birthday grants and referrals stay with the survivor. A redelivery changes nothing.
   */
  async onUnmerged(tx: EntityManager, survivorId: string, restoredId: string, orderIds: readonly string[]): Promise<void> {
    if (survivorId === restoredId || !isUuid(survivorId) || !isUuid(restoredId)) return;
    const locked = await this.memberService.lockExact(tx, [survivorId, restoredId]);
    const survivor = locked.get(survivorId);
    const restored = locked.get(restoredId);
    if (!survivor || !restored || survivor.erasedAt || restored.erasedAt || restored.mergedInto !== survivorId) return;
    if (!(await this.pointsLedger.undoMove(tx, survivorId, restoredId))) return;
    await tx.query(`update loyalty.order_earnings set customer_id = $3 where customer_id = $2 and order_id = any($1::text[])`, [[...orderIds], survivorId, restoredId]);
    await tx.query(`update loyalty.members set merged_into = null, updated_at = $2 where customer_id = $1`, [restoredId, this.deps.clock.now()]);
  }
}
