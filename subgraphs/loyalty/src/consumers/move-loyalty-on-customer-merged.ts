import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** The merged customer's ledger, growth, badges and the rest move to the survivor. */
export const moveLoyaltyOnCustomerMerged =
  (s: Services): EventHandler<'customer.merged'> =>
  async (event, tx) => {
    await s.merges.onMerged(tx, event.payload.survivorId, event.payload.mergedId);
  };
