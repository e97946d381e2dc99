import type { Actor } from '@member-graph/common/auth';
import { inTransaction, queryRows } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { shanghaiDate } from '@member-graph/common/time';
import type { BadgeMetric } from '../badge/badge.definitions';
import type { EntityManager } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';
import { type Deps } from '../deps';
import type { BadgeService } from '../badge/badge.service';
import type { GrowthService } from '../growth/growth.service';
import { writeFor } from '../member/member.access';
import type { MemberService } from '../member/member.service';
import type { TierService } from '../tier/tier.service';
import type { EngagementResult, RecordEngagementInput } from './engagement.type';

const METRIC: Record<string, BadgeMetric> = { REVIEW: 'reviews', SHARE: 'shares' };

/**
 * Growth value from reviews and shares: each source id counts once per customer, and only the first
 * `dailyCap` of a kind per Asia/Shanghai day earn growth. Customers record their own; integrations
 * (system) and admins record anyone's.
 */
export class EngagementService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly growthService: GrowthService,
    private readonly tierService: TierService,
    private readonly badgeService: BadgeService,
  ) {}

  async record(actor: Actor | null, input: RecordEngagementInput): Promise<EngagementResult> {
    const { customerId } = writeFor(actor, input.customerId);
    if (!isUuid(customerId)) throw notFound('Customer', customerId);
    const sourceId = input.sourceId.trim();
    if (!sourceId) throw badInput('sourceId must not be blank', { field: 'sourceId' });
    const rule = this.deps.settings.engagement[input.kind];
    return inTransaction(this.deps.dataSource, async (tx) => {
      const member = await this.memberService.lockPerson(tx, customerId);
      const id = member.customerId;
      const now = this.deps.clock.now();
      const day = shanghaiDate(now);
      const [{ rewarded }] = await tx.query(
        `select count(*)::int as rewarded from loyalty.engagements where customer_id = $1 and kind = $2 and day = $3 and growth > 0`,
        [id, input.kind, day],
      );
      const growth = rewarded < rule.dailyCap ? rule.growth : 0;
      const inserted = await tx.query(
        `insert into loyalty.engagements (customer_id, kind, source_id, day, growth, created_at) values ($1, $2, $3, $4, $5, $6)
         on conflict on constraint engagements_once do nothing returning id`,
        [id, input.kind, sourceId, day, growth, now],
      );
      if (inserted.length === 0) return { recorded: false, growth: 0, capped: false };
      if (growth > 0) {
        await this.growthService.add(tx, { customerId: id, amount: growth, reasonCode: input.kind, idempotencyKey: `engagement:${id}:${input.kind}:${sourceId}`, sourceId });
        await this.tierService.upgradeIfEarned(tx, member);
      }
      const [{ total }] = await tx.query(`select count(*)::int as total from loyalty.engagements where customer_id = $1 and kind = $2`, [id, input.kind]);
      await this.badgeService.evaluate(tx, id, METRIC[input.kind], total);
      return { recorded: true, growth, capped: growth === 0 };
    });
  }

  /**
   * Moves a merged customer's engagements to the survivor. A review or share both accounts recorded
   * counts once: the merged account's growth for it is reversed and its row stays behind.
   */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    const duplicates = await queryRows<{ kind: string; sourceId: string; growth: number; createdAt: Date }>(
      tx,
      `select e.kind, e.source_id as "sourceId", e.growth, e.created_at as "createdAt" from loyalty.engagements e
       where e.customer_id = $1 and e.growth > 0
       and exists (select 1 from loyalty.engagements s where s.customer_id = $2 and s.kind = e.kind and s.source_id = e.source_id)`,
      [fromId, toId],
    );
    for (const d of duplicates) {
      await this.growthService.add(tx, {
        customerId: toId,
        amount: -d.growth,
        reasonCode: 'MERGE_DUPLICATE',
        idempotencyKey: `merge-duplicate:engagement:${fromId}:${d.kind}:${d.sourceId}`,
        sourceId: d.sourceId,
        effectiveAt: d.createdAt,
      });
    }
    await tx.query(
      `update loyalty.engagements e set customer_id = $2 where e.customer_id = $1
       and not exists (select 1 from loyalty.engagements s where s.customer_id = $2 and s.kind = e.kind and s.source_id = e.source_id)`,
      [fromId, toId],
    );
  }
}
