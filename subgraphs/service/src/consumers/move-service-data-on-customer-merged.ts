import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** The merged customer's tickets, returns, surveys, orders and counts move to the survivor. */
export const moveServiceDataOnCustomerMerged =
  (s: Services): EventHandler<'customer.merged'> =>
  async (event, tx) => {
    await s.facts.onMerged(tx, event.payload.survivorId, event.payload.mergedId);
  };
