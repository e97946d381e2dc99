import type { EntityManager } from 'typeorm';

/**
 * An aggregate that owns rows keyed by customer id. When two customers merge, each participant
 * moves the merged customer's rows to the survivor inside the merge transaction (deduplicating
 * where the survivor already has the same thing) and reports how many rows it moved.
 */
export interface MergeParticipant {
  readonly participantName: string;
  moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number>;
}
