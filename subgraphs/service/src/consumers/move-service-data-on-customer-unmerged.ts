import type { EventHandler } from '@member-graph/common/events';
import type { FactsService } from '../customer/facts.service';

/** An undone merge: the tickets, returns, surveys and orders the merge moved go back to the restored customer. */
export const moveServiceDataOnCustomerUnmerged =
  (facts: FactsService): EventHandler<'customer.unmerged'> =>
  async (event, tx) => {
    await facts.onUnmerged(tx, event.payload.survivorId, event.payload.restoredId);
  };
