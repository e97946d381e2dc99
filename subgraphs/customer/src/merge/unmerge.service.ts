import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { envelope, type Outbox } from '@member-graph/common/events';
import type { Clock } from '@member-graph/common/time';
import { CustomerEntity } from '../customer/customer.entity';
import type { MergeParticipant } from './merge-participant';
import { unmergeRefused } from './unmerge.errors';
import { findMerge, recordUnmerge } from './unmerge.repository';
import { revertFilled, unmergeRefusal, unmergeTarget } from './unmerge.rules';

/** What an unmerge answers. */
export interface UnmergeRecord {
  id: string;
  mergeId: string;
  survivorId: string;
  restoredId: string;
  restored: Record<string, number>;
  at: Date;
}

/**
 * Undoes a wrong merge (admins): the merged customer is active again with what it brought (identities,
 * orders, behaviour and tags, as the merge recorded them in its audit row), the survivor gives back the
 * profile fields the merge filled, the undo is audited in customer.unmerges (append-only, one per merge),
 * and `customer.unmerged` lets every other domain move back what its merge moved.
 */
export class UnmergeService {
  constructor(
    private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock },
    private readonly participants: MergeParticipant[],
  ) {}

  async unmerge(
    actor: Actor | null,
    input: { mergeId?: string | null; survivorId?: string | null; mergedId?: string | null },
    reason: string,
  ): Promise<UnmergeRecord> {
    const a = requireRole(actor, 'admin');
    const target = unmergeTarget(input);
    if (!target) throw badInput('Name the merge by mergeId, or by survivorId and mergedId', { field: 'mergeId' });
    const why = reason.trim();
    if (why.length < 1 || why.length > 500) throw badInput('reason must be 1–500 characters', { field: 'reason' });
    return inTransaction(this.deps.dataSource, async (tx) => {
      const merge = await findMerge(tx, target);
      if (!merge) throw notFound('Merge', 'mergeId' in target ? target.mergeId : `${target.survivorId}/${target.mergedId}`);
      const repo = tx.getRepository(CustomerEntity);
      // both rows locked in one order, as a merge locks them
      const rows = await repo.find({ where: { id: In([merge.survivorId, merge.mergedId]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const survivor = rows.find((r) => r.id === merge.survivorId)!;
      const merged = rows.find((r) => r.id === merge.mergedId)!;
      const refusal = unmergeRefusal(merge, survivor, merged);
      if (refusal) throw unmergeRefused(refusal);

      const now = this.deps.clock.now();
      // announced first, so that other domains point the restored id at itself before the participants' own announcements (tags) arrive
      const orderIds = (merge.restore!.participants['orders'] as string[] | undefined) ?? [];
      await this.deps.outbox.write(
        tx,
        envelope('customer.unmerged', survivor.id, { mergeId: merge.id, survivorId: survivor.id, restoredId: merged.id, orderIds }, { actor: a, occurredAt: now }),
      );
      const restored: Record<string, number> = {};
      for (const p of this.participants) {
        const record = merge.restore!.participants[p.participantName];
        if (p.undoMove && record !== undefined) restored[p.participantName] = await p.undoMove(tx, record, survivor.id, merged.id);
      }
      const profile = revertFilled(merge.restore!, survivor as unknown as Record<string, unknown> & { registeredAt: Date }, merged as unknown as Record<string, unknown> & { registeredAt: Date });
      await repo.update({ id: survivor.id }, { ...profile, updatedAt: now });
      await repo.update({ id: merged.id }, { status: 'ACTIVE', mergedIntoId: null, updatedAt: now });
      const id = await recordUnmerge(tx, { mergeId: merge.id, survivorId: survivor.id, restoredId: merged.id, actor: a, reason: why, at: now });
      return { id, mergeId: merge.id, survivorId: survivor.id, restoredId: merged.id, restored, at: now };
    });
  }
}
