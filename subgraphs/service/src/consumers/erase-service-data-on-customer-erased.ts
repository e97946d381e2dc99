import type { EventHandler } from '@member-graph/common/events';
import type { ErasureService } from '../erasure/erasure.service';

/** The erased customer's free text in tickets, returns and surveys is redacted; their training data and facts are deleted. */
export const eraseServiceDataOnCustomerErased =
  (erasure: ErasureService): EventHandler<'customer.erased'> =>
  async (event, tx) => {
    await erasure.onErased(tx, event.payload);
  };
