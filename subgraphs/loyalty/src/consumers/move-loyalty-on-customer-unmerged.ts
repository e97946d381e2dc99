import type { EventHandler } from '@member-graph/common/events';
import type { LoyaltyMergeService } from '../merge/merge.service';

/** An undone merge: the restored member's ledger lines, lots and order earnings move back to it. */
export const moveLoyaltyOnCustomerUnmerged =
  (mergeService: LoyaltyMergeService): EventHandler<'customer.unmerged'> =>
  async (event, tx) => {
    await mergeService.onUnmerged(tx, event.payload.survivorId, event.payload.restoredId, event.payload.orderIds ?? []);
  };
