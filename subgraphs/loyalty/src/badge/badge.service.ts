import type { EntityManager } from 'typeorm';
import { envelope } from '@member-graph/common/events';
import type { BadgeMetric } from './badge.definitions';
import { queryRows } from '@member-graph/common/db';
import { type Deps } from '../deps';
import type { CustomerBadgeEntity } from './badge.entity';
import { badgesEarned } from './badge.rules';
import type { Badge } from './badge.type';

/** Rule-defined achievements: awarded once when a metric reaches a badge's threshold; emitted as loyalty.badge_awarded. */
export class BadgeService {
  constructor(private readonly deps: Deps) {}

  /**
   * Awards every badge `metric` = `value` qualifies for that the customer does not hold yet. Caller holds the
   * member lock; `held`, the customer's badges when the caller read them under it, spares the statement
   * when every qualifying badge is held already.
   */
  async evaluate(tx: EntityManager, customerId: string, metric: BadgeMetric, value: number, held: readonly string[] = []): Promise<string[]> {
    const codes = badgesEarned(this.deps.programme.current().badges, metric, value)
      .map((b) => b.code)
      .filter((code) => !held.includes(code));
    if (codes.length === 0) return [];
    const now = this.deps.clock.now();
    const awarded = await queryRows<{ code: string }>(
      tx,
      `insert into loyalty.customer_badges (customer_id, code, earned_at) select $1, unnest($2::text[]), $3
       on conflict do nothing returning code`,
      [customerId, codes, now],
    );
    for (const { code } of awarded) {
      await this.deps.outbox.write(
        tx,
        envelope('loyalty.badge_awarded', customerId, { customerId, badge: code, earnedAt: now.toISOString() }, { occurredAt: now }),
      );
    }
    return awarded.map((a) => a.code);
  }

  /** A stored badge with its display names (a badge since removed from the rules keeps its code as name). */
  view(row: CustomerBadgeEntity): Badge {
    const def = this.deps.programme.current().badges.find((b) => b.code === row.code);
    return { code: row.code, nameZh: def?.nameZh ?? row.code, nameEn: def?.nameEn ?? row.code, earnedAt: row.earnedAt };
  }

  /** Moves a merged customer's badges to the survivor; a badge both hold is kept once, with the earlier date. */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(
      `insert into loyalty.customer_badges (customer_id, code, earned_at)
       select $2, code, earned_at from loyalty.customer_badges where customer_id = $1
       on conflict (customer_id, code) do update set earned_at = least(loyalty.customer_badges.earned_at, excluded.earned_at)`,
      [fromId, toId],
    );
    await tx.query(`delete from loyalty.customer_badges where customer_id = $1`, [fromId]);
  }
}
