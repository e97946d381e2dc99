import { In, type EntityManager } from 'typeorm';
import { inTransaction, queryRows } from '@member-graph/common/db';
import { envelope } from '@member-graph/common/events';
import { type Deps } from '../deps';
import type { GrowthService } from '../growth/growth.service';
import { MemberEntity } from '../member/member.entity';
import type { MemberLoader } from '../member/member.loaders';
import type { TierChangeReason } from './tier.entity';
import { reviewOutcome, tierByCode, tierIndex, tierPeriod, tierProgress, upgradeTarget } from './tier.rules';

/**
 * Tiers: upgrade the moment the window growth meets a higher threshold; downgrade only when the
 * scheduled review finds the period (plus grace) over and the growth short. Every change is kept in
 * the tier history and emitted as loyalty.tier_changed.
 */
export class TierService {
  constructor(
    private readonly deps: Deps,
    private readonly growthService: GrowthService,
  ) {}

  get table() {
    return this.deps.programme.current().tiers;
  }

  /** The current tier of an account (the base tier for customers loyalty has not seen yet). */
  async current(customerId: string, members: MemberLoader) {
    return tierByCode(this.table, (await members.load(customerId))?.tier ?? this.table[0].code);
  }

  /** Current and next tier, growth in the window and what is still needed, period end and review. */
  async progress(customerId: string, loaders: { members: MemberLoader; growth: { load(id: string): Promise<number> } }) {
    const [member, growth] = await Promise.all([loaders.members.load(customerId), loaders.growth.load(customerId)]);
    const p = tierProgress(this.table, member?.tier ?? this.table[0].code, growth);
    return { ...p, growth, validUntil: member?.tierValidUntil ?? null, reviewAt: member?.tierReviewAt ?? null };
  }

  /** Upgrades a locked member when the window growth now meets a higher threshold (`windowGrowth`: when the caller read it under the lock). */
  async upgradeIfEarned(tx: EntityManager, member: MemberEntity, windowGrowth?: number): Promise<void> {
    const growth = windowGrowth ?? (await this.growthService.windowGrowth(tx, member.customerId));
    const target = upgradeTarget(this.table, member.tier, growth);
    if (target) await this.change(tx, member, target.code, 'UPGRADE', growth);
  }

  /** On a merge the survivor keeps the higher of the two tiers (with that tier's period). */
  async adoptHigher(tx: EntityManager, survivor: MemberEntity, merged: MemberEntity): Promise<void> {
    if (tierIndex(this.table, merged.tier) <= tierIndex(this.table, survivor.tier)) return;
    const growth = await this.growthService.windowGrowth(tx, survivor.customerId);
    await this.change(tx, survivor, merged.tier, 'MERGE', growth, { validUntil: merged.tierValidUntil, reviewAt: merged.tierReviewAt });
  }

  /**
   * The scheduled review: members whose period plus grace is over are renewed when their window
   * growth still earns the tier, else moved to the tier it earns. Members are picked FOR UPDATE SKIP
   * LOCKED in batches; each review moves the review time forward, so running twice changes nothing.
   */
  async reviewDue(): Promise<number> {
    const batch = this.deps.settings.jobs.batchSize;
    let total = 0;
    for (;;) {
      const n = await inTransaction(this.deps.dataSource, async (tx) => {
        const due = await queryRows<{ id: string }>(
          tx,
          `select customer_id as id from loyalty.members
           where tier_review_at <= $1 and merged_into is null
           order by tier_review_at limit $2 for update skip locked`,
          [this.deps.clock.now(), batch],
        );
        if (due.length === 0) return 0;
        const members = await tx.getRepository(MemberEntity).findBy({ customerId: In(due.map((d) => d.id)) });
        for (const m of members) {
          const growth = await this.growthService.windowGrowth(tx, m.customerId);
          const outcome = reviewOutcome(this.table, m.tier, growth);
          await this.change(tx, m, outcome.to.code, outcome.reason, growth);
        }
        return due.length;
      });
      total += n;
      if (n < batch) return total;
    }
  }

  private async change(
    tx: EntityManager,
    member: MemberEntity,
    to: string,
    reason: TierChangeReason,
    growth: number,
    period?: { validUntil: Date | null; reviewAt: Date | null },
  ): Promise<void> {
    const now = this.deps.clock.now();
    const { validUntil, reviewAt } = period ?? tierPeriod(this.table, to, now, this.deps.settings);
    const from = member.tier;
    const changed = from !== to;
    await tx.query(
      `update loyalty.members set tier = $2, tier_since = case when tier = $2 then tier_since else $3 end,
         tier_valid_until = $4, tier_review_at = $5, updated_at = $3 where customer_id = $1`,
      [member.customerId, to, now, validUntil, reviewAt],
    );
    await tx.query(
      `insert into loyalty.tier_changes (customer_id, from_tier, to_tier, reason, growth, valid_until, changed_at)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [member.customerId, from, to, reason, growth, validUntil, now],
    );
    Object.assign(member, { tier: to, tierValidUntil: validUntil, tierReviewAt: reviewAt, ...(changed ? { tierSince: now } : {}) });
    if (!changed) return;
    await this.deps.outbox.write(
      tx,
      envelope(
        'loyalty.tier_changed',
        member.customerId,
        { customerId: member.customerId, from, to, reason: reason as 'UPGRADE' | 'DOWNGRADE' | 'MERGE', growth, validUntil: validUntil?.toISOString() ?? null },
        { occurredAt: now },
      ),
    );
  }
}
