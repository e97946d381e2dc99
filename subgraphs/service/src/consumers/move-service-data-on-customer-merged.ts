import type { EventHandler } from '@member-graph/common/events';
import type { FactsService } from '../customer/facts.service';

/** The merged customer's tickets, returns, surveys, orders and counts move to the survivor. */
export const moveServiceDataOnCustomerMerged =
  (facts: FactsService): EventHandler<'customer.merged'> =>
  async (event, tx) => {
    await facts.onMerged(tx, event.payload.survivorId, event.payload.mergedId);
  };
