import type { EntityManager } from 'typeorm';

/**
 * An aggregate that owns rows keyed by customer id. When two customers merge, each participant
 * moves the merged customer's rows to the survivor inside the merge transaction (deduplicating
 * where the survivor already has the same thing) and reports how many rows it moved.
 */
export interface MergeParticipant {
  readonly participantName: string;
  moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number>;
  /**
   * Undoable participants: before `moveTo`, what the merged customer brings (kept in the merge's audit
   * row, `customer.merges.restore`), and how an unmerge puts it back from the survivor.
   */
  recordMove?(tx: EntityManager, fromId: string, toId: string): Promise<unknown>;
  undoMove?(tx: EntityManager, record: unknown, survivorId: string, restoredId: string): Promise<number>;
}
