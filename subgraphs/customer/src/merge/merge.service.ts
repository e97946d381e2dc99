import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { envelope, type Outbox } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import { CustomerEntity } from '../customer/customer.entity';
import type { MergeParticipant } from './merge-participant';
import type { MergeRestoreRecord } from './unmerge.rules';

/** The survivor's empty profile fields a merge fills from the merged customer (an unmerge empties them again). */
export const FILLABLE = ['name', 'birthday', 'region', 'phone', 'email', 'lastActiveAt'] as const;

/**
 * Folds one customer into another: every participant moves its rows to the survivor, the survivor's
 * empty profile fields are filled from the merged customer, the merged customer points at the
 * survivor, an audit row names who merged what, and `customer.merged` lets other subgraphs re-point.
 */
export class MergeService {
  constructor(
    private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock },
    private readonly participants: MergeParticipant[],
  ) {}

  async merge(actor: Actor | null, survivorId: string, mergedId: string, reason: string | null): Promise<CustomerEntity> {
    const a = requireRole(actor, 'admin', 'system');
    if (survivorId === mergedId) throw badInput('A customer cannot be merged into itself', { field: 'mergedId' });
    return inTransaction(this.deps.dataSource, async (tx) => {
      const repo = tx.getRepository(CustomerEntity);
      // lock both rows in a fixed order so concurrent merges cannot deadlock
      const rows = await repo
        .createQueryBuilder('c')
        .where('c.id in (:...ids)', { ids: [survivorId, mergedId] })
        .orderBy('c.id')
        .setLock('pessimistic_write')
        .getMany();
      const survivor = rows.find((r) => r.id === survivorId);
      const merged = rows.find((r) => r.id === mergedId);
      if (!survivor || survivor.status !== 'ACTIVE') throw notFound('Customer', survivorId);
      if (!merged || merged.status !== 'ACTIVE') throw notFound('Customer', mergedId);

      // what the merged customer brings, recorded before it moves, so an unmerge can put it back (customer.merges.restore)
      const restore: MergeRestoreRecord = { participants: {}, filled: [], survivorRegisteredAt: survivor.registeredAt };
      for (const p of this.participants) if (p.recordMove) restore.participants[p.participantName] = await p.recordMove(tx, mergedId, survivorId);
      const moved: Record<string, number> = {};
      for (const p of this.participants) moved[p.participantName] = await p.moveTo(tx, mergedId, survivorId);

      const now = this.deps.clock.now();
      const filled: Partial<CustomerEntity> = {};
      for (const field of FILLABLE) if (survivor[field] == null && merged[field] != null) Object.assign(filled, { [field]: merged[field] });
      if (merged.registeredAt < survivor.registeredAt) filled.registeredAt = merged.registeredAt;
      restore.filled = FILLABLE.filter((field) => field in filled);
      // the merged row gives up its unique facts before the survivor takes them
      await repo.update({ id: mergedId }, { status: 'MERGED', mergedIntoId: survivorId, updatedAt: now });
      await repo.update({ id: survivorId }, { ...filled, updatedAt: now });
      await tx.query(
        `insert into customer.merges (survivor_id, merged_id, actor_id, actor_role, reason, moved, restore) values ($1, $2, $3, $4, $5, $6, $7)`,
        [survivorId, mergedId, a.id, a.role, reason, JSON.stringify(moved), JSON.stringify(restore)],
      );
      await this.deps.outbox.write(tx, envelope('customer.merged', survivorId, { survivorId, mergedId }, { actor: a, occurredAt: now }));
      return repo.findOneByOrFail({ id: survivorId });
    });
  }
}
