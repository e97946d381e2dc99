import type { EventHandler } from '@member-graph/common/events';
import type { LoyaltyMergeService } from '../merge/merge.service';

/** The merged customer's ledger, growth, badges and the rest move to the survivor. */
export const moveLoyaltyOnCustomerMerged =
  (mergeService: LoyaltyMergeService): EventHandler<'customer.merged'> =>
  async (event, tx) => {
    await mergeService.onMerged(tx, event.payload.survivorId, event.payload.mergedId);
  };
