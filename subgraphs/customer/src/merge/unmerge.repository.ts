import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { queryRows } from '@member-graph/common/db';
import { isUuid } from '@member-graph/common/graphql';
import type { MergeRestoreRecord, UnmergeTarget } from './unmerge.rules';

/** A merge's audit row, as an unmerge reads it, and whether it was undone already. */
export interface MergeRow {
  id: string;
  survivorId: string;
  mergedId: string;
  restore: MergeRestoreRecord | null;
  unmerged: boolean;
}

/** The merge an unmerge names (by id, or the latest of the pair); null when there is none. */
export async function findMerge(tx: EntityManager, target: UnmergeTarget): Promise<MergeRow | null> {
  const ids = 'mergeId' in target ? [target.mergeId] : [target.survivorId, target.mergedId];
  if (!ids.every(isUuid)) return null;
  const where = 'mergeId' in target ? 'm.id = $1' : 'm.survivor_id = $1 and m.merged_id = $2';
  const [row] = await queryRows<MergeRow>(
    tx,
    `select m.id, m.survivor_id as "survivorId", m.merged_id as "mergedId", m.restore,
            exists (select 1 from customer.unmerges u where u.merge_id = m.id) as unmerged
       from customer.merges m where ${where} order by m.merged_at desc limit 1`,
    ids,
  );
  return row ?? null;
}

/** One line of the unmerge audit (append-only; one per merge, by its key). */
export async function recordUnmerge(
  tx: EntityManager,
  u: { mergeId: string; survivorId: string; restoredId: string; actor: Actor; reason: string; at: Date },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    `insert into customer.unmerges (merge_id, survivor_id, restored_id, actor_id, actor_role, reason, at) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [u.mergeId, u.survivorId, u.restoredId, u.actor.id, u.actor.role, u.reason, u.at],
  );
  return row.id;
}
