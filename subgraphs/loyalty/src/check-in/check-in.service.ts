import type { EntityManager } from 'typeorm';
import type DataLoader from 'dataloader';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction, queryRows } from '@member-graph/common/db';
import { shanghaiDate } from '@member-graph/common/time';
import { type Deps } from '../deps';
import type { BadgeService } from '../badge/badge.service';
import type { GrowthService } from '../growth/growth.service';
import type { MemberService } from '../member/member.service';
import type { PointsLedger } from '../points/points.repository';
import type { TierService } from '../tier/tier.service';
import { bonusesFor, checkInStatus, nextStreak, type LastCheckIn } from './check-in.rules';
import type { CheckInResult, CheckInStatus } from './check-in.type';

/** Daily check-in: one per Asia/Shanghai day, streaks counted, bonuses at the configured streaks. */
export class CheckInService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
    private readonly growthService: GrowthService,
    private readonly tierService: TierService,
    private readonly badgeService: BadgeService,
  ) {}

  /** Checks the signed-in customer in for today; a second call the same day changes nothing and says so. */
  async checkIn(actor: Actor | null): Promise<CheckInResult> {
    const a = requireRole(actor, 'customer');
    return inTransaction(this.deps.dataSource, async (tx) => {
      const member = await this.memberService.lockPerson(tx, a.id);
      const customerId = member.customerId;
      const now = this.deps.clock.now();
      const today = shanghaiDate(now);
      const [last] = await queryRows<LastCheckIn>(
        tx,
        `select day::text as day, streak from loyalty.check_ins where customer_id = $1 order by day desc limit 1`,
        [customerId],
      );
      if (last?.day === today) return { checkedIn: false, day: today, streak: last.streak, growth: 0, points: 0, bonusStreak: null };
      const rule = this.deps.settings.checkIn;
      const streak = nextStreak(last ?? null, today);
      const bonuses = bonusesFor(rule.streakBonuses, streak);
      const growth = rule.growth + bonuses.reduce((s, b) => s + b.growth, 0);
      const points = rule.points + bonuses.reduce((s, b) => s + b.points, 0);
      await tx.query(
        `insert into loyalty.check_ins (customer_id, day, streak, growth, points, created_at) values ($1, $2, $3, $4, $5, $6)`,
        [customerId, today, streak, growth, points, now],
      );
      const key = `checkin:${customerId}:${today}`;
      const reasonCode = bonuses.length ? 'CHECK_IN_STREAK' : 'CHECK_IN';
      await this.growthService.add(tx, { customerId, amount: growth, reasonCode, idempotencyKey: key, sourceId: today });
      if (points > 0) {
        await this.pointsLedger.credit(tx, 'EARN', { customerId, amount: points, reasonCode, idempotencyKey: key, sourceType: 'CHECK_IN', sourceId: today, actor: a });
      }
      await this.tierService.upgradeIfEarned(tx, member);
      await this.badgeService.evaluate(tx, customerId, 'checkInStreak', streak);
      return { checkedIn: true, day: today, streak, growth, points, bonusStreak: bonuses.length ? bonuses[bonuses.length - 1].streak : null };
    });
  }

  /**
   * Moves a merged customer's check-ins to the survivor. A day both checked in counts once: the
   * merged account's growth and points for that day are reversed and its row stays behind.
   */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    const duplicates = await queryRows<{ day: string; growth: number; points: number; createdAt: Date }>(
      tx,
      `select c.day::text as day, c.growth, c.points, c.created_at as "createdAt" from loyalty.check_ins c
       where c.customer_id = $1 and exists (select 1 from loyalty.check_ins s where s.customer_id = $2 and s.day = c.day)`,
      [fromId, toId],
    );
    for (const d of duplicates) {
      const key = `merge-duplicate:checkin:${fromId}:${d.day}`;
      await this.growthService.add(tx, { customerId: toId, amount: -d.growth, reasonCode: 'MERGE_DUPLICATE', idempotencyKey: key, sourceId: d.day, effectiveAt: d.createdAt });
      if (d.points > 0) {
        await this.pointsLedger.debit(tx, 'REVERSE', {
          customerId: toId,
          amount: d.points,
          allowNegative: true,
          reasonCode: 'MERGE_DUPLICATE',
          idempotencyKey: key,
          sourceType: 'CHECK_IN',
          sourceId: d.day,
        });
      }
    }
    await tx.query(
      `update loyalty.check_ins c set customer_id = $2 where c.customer_id = $1
       and not exists (select 1 from loyalty.check_ins s where s.customer_id = $2 and s.day = c.day)`,
      [fromId, toId],
    );
  }

  async status(customerId: string, last: DataLoader<string, LastCheckIn | null>): Promise<CheckInStatus> {
    const row = await last.load(customerId);
    return { ...checkInStatus(row, shanghaiDate(this.deps.clock.now())), lastDay: row?.day ?? null };
  }
}
