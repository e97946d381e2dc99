import type { EntityManager } from 'typeorm';
import { inTransaction, queryRows } from '@member-graph/common/db';
import { envelope } from '@member-graph/common/events';
import { shanghaiYearMonth } from '../calendar';
import { type Deps } from '../deps';
import type { MemberService } from '../member/member.service';
import type { PointsLedger } from '../points/points.repository';
import { tierByCode } from '../tier/tier.rules';
import { birthdayDue, birthdayDueAfterRun, birthdayMonth, inBirthdayMonth } from './birthday.rules';

/**
 * Birthday benefits: in the birthday month the tier's gift pack (points, and a coupon template announced
 * in `loyalty.birthday_gift_granted`) is granted and its birthday multiplier applies to orders, once per year. Each member carries a due time (the start of the next
 * birthday month); the job picks due members FOR UPDATE SKIP LOCKED, grants at most once per
 * (customer, year) and moves the due time to next year, so running it twice grants once.
 */
export class BirthdayService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
  ) {}

  /** Records a customer's birthday (from events) and sets the job's due time. */
  async setBirthday(tx: EntityManager, customerId: string, birthday: string | null, registeredAt?: Date | null): Promise<void> {
    const member = await this.memberService.lockOrCreate(tx, customerId, registeredAt);
    if (member.customerId !== customerId || member.erasedAt) return; // a merged id (the survivor's own profile decides) or erased
    const month = birthdayMonth(birthday);
    await tx.query(`update loyalty.members set birthday = $2, birthday_due_at = $3, updated_at = $4 where customer_id = $1`, [
      customerId,
      month ? birthday!.slice(0, 10) : null,
      month ? birthdayDue(month, this.deps.clock.now()) : null,
      this.deps.clock.now(),
    ]);
  }

  /** The birthday multiplier for an order paid at `paidAt`: the granted one in that birthday month, else 1. */
  async multiplierFor(tx: EntityManager, customerId: string, paidAt: Date): Promise<number> {
    const { year, month } = shanghaiYearMonth(paidAt);
    const [row] = await queryRows<{ multiplier: number }>(
      tx,
      `select multiplier from loyalty.birthday_grants where customer_id = $1 and year = $2 and month = $3`,
      [customerId, year, month],
    );
    return row?.multiplier ?? 1;
  }

  /** The scheduled job; returns how many grants it made. */
  async grantDue(): Promise<number> {
    const batch = this.deps.settings.jobs.batchSize;
    let granted = 0;
    for (;;) {
      const n = await inTransaction(this.deps.dataSource, async (tx) => {
        const now = this.deps.clock.now();
        const due = await queryRows<{ id: string; birthday: string | null; tier: string }>(
          tx,
          `select customer_id as id, birthday::text as birthday, tier from loyalty.members
           where birthday_due_at <= $1 and merged_into is null
           order by birthday_due_at limit $2 for update skip locked`,
          [now, batch],
        );
        for (const m of due) {
          const month = birthdayMonth(m.birthday);
          if (month && inBirthdayMonth(month, now)) granted += await this.grant(tx, m.id, m.tier, month, now);
          await tx.query(`update loyalty.members set birthday_due_at = $2 where customer_id = $1`, [m.id, month ? birthdayDueAfterRun(month, now) : null]);
        }
        return due.length;
      });
      if (n < batch) return granted;
    }
  }

  /** Grants the tier's birthday gift pack (points, and a coupon template announced for marketing), once per (customer, year). */
  private async grant(tx: EntityManager, customerId: string, tierCode: string, month: number, now: Date): Promise<number> {
    const { year } = shanghaiYearMonth(now);
    const { benefits } = tierByCode(this.deps.programme.current().tiers, tierCode);
    const couponTemplateId = benefits.birthdayCouponTemplateId ?? null;
    const inserted = await tx.query(
      `insert into loyalty.birthday_grants (customer_id, year, month, tier, gift_points, multiplier, coupon_template_id, granted_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning year`,
      [customerId, year, month, tierCode, benefits.birthdayGiftPoints, benefits.birthdayMultiplier, couponTemplateId, now],
    );
    if (inserted.length === 0) return 0;
    if (benefits.birthdayGiftPoints > 0) {
      await this.pointsLedger.credit(tx, 'EARN', {
        customerId,
        amount: benefits.birthdayGiftPoints,
        reasonCode: 'BIRTHDAY_GIFT',
        idempotencyKey: `birthday:${customerId}:${year}`,
        sourceType: 'BIRTHDAY',
        sourceId: String(year),
      });
    }
    const gift = { customerId, year, tier: tierCode, points: benefits.birthdayGiftPoints, couponTemplateId };
    await this.deps.outbox.write(tx, envelope('loyalty.birthday_gift_granted', customerId, gift, { occurredAt: now }));
    return 1;
  }

  /** Moves a merged customer's grants to the survivor for the years the survivor has none (no second gift). */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(
      `update loyalty.birthday_grants g set customer_id = $2 where g.customer_id = $1
       and not exists (select 1 from loyalty.birthday_grants s where s.customer_id = $2 and s.year = g.year)`,
      [fromId, toId],
    );
  }
}
