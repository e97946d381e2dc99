/** What a merge records so it can be undone (customer.merges.restore). */
export interface MergeRestoreRecord {
  /** Per undoable participant, what the merged customer brought (row ids, tag rows). */
  participants: Record<string, unknown>;
  /** The survivor's profile fields the merge filled from the merged customer. */
  filled: string[];
  /** The survivor's registration time before the merge (it takes the earlier one). */
  survivorRegisteredAt: Date | string;
}

/** Why a merge cannot be undone. */
export type UnmergeRefusal = 'ALREADY_UNMERGED' | 'CUSTOMER_ERASED' | 'MERGE_NOT_UNDOABLE';

interface CustomerState {
  status: string;
  mergedIntoId: string | null;
}

/**
 * Whether merge `m` can be undone now: not twice; not when either side was erased (their data is
 * gone); not a merge from before merges recorded what they moved; and only while the merged customer
 * still points at this survivor and the survivor is itself active (a later merge of the survivor is undone first).
 */
export function unmergeRefusal(
  m: { survivorId: string; restore: MergeRestoreRecord | null; unmerged: boolean },
  survivor: CustomerState,
  merged: CustomerState,
): UnmergeRefusal | null {
  if (m.unmerged) return 'ALREADY_UNMERGED';
  if (survivor.status === 'ERASED' || merged.status === 'ERASED') return 'CUSTOMER_ERASED';
  if (!m.restore) return 'MERGE_NOT_UNDOABLE';
  if (merged.status !== 'MERGED' || merged.mergedIntoId !== m.survivorId || survivor.status !== 'ACTIVE') return 'MERGE_NOT_UNDOABLE';
  return null;
}

/** Which merge an unmerge names: its id, or the survivor and merged pair (the latest merge of the pair). */
export type UnmergeTarget = { mergeId: string } | { survivorId: string; mergedId: string };

export function unmergeTarget(input: { mergeId?: string | null; survivorId?: string | null; mergedId?: string | null }): UnmergeTarget | null {
  const pair = input.survivorId && input.mergedId ? { survivorId: input.survivorId, mergedId: input.mergedId } : null;
  if (input.mergeId && !input.survivorId && !input.mergedId) return { mergeId: input.mergeId };
  if (!input.mergeId && pair) return pair;
  return null;
}

/**
 * The survivor's profile after an unmerge: each field the merge filled goes back to empty if it
 * still holds the merged customer's value (a later edit stays); the registration time goes back too.
 */
export function revertFilled<T extends Record<string, unknown>>(
  restore: Pick<MergeRestoreRecord, 'filled' | 'survivorRegisteredAt'>,
  survivor: T & { registeredAt: Date },
  merged: T & { registeredAt: Date },
): Partial<Record<string, unknown>> {
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  const change: Record<string, unknown> = {};
  for (const field of restore.filled) if (same(survivor[field], merged[field])) change[field] = null;
  const before = new Date(restore.survivorRegisteredAt);
  if (survivor.registeredAt.getTime() !== before.getTime() && survivor.registeredAt.getTime() === merged.registeredAt.getTime()) change.registeredAt = before;
  return change;
}
