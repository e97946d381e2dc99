import { badInput } from '@member-graph/common/errors';
import { decodeCursor } from '@member-graph/common/graphql';

/** Where an adjustment sits in the newest-first list: its time, then its ledger line id. */
export type AdjustmentPosition = [at: string, id: number];

/** The position of an adjustment, for its cursor. */
export const adjustmentPosition = (row: { at: Date; id: string }): AdjustmentPosition => [row.at.toISOString(), Number(row.id)];

/** The position an `after` cursor names, or null; a cursor that is not an adjustment position is BAD_USER_INPUT. */
export function adjustmentAfter(after: string | null | undefined): AdjustmentPosition | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [at, id] = key;
  if (key.length !== 2 || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !Number.isSafeInteger(id)) throw badInput('after is not a valid cursor', { field: 'after' });
  return [at, id as number];
}
