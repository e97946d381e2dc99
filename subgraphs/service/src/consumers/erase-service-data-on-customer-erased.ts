import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** The erased customer's free text in tickets, returns and surveys is redacted; their training data and facts are deleted. */
export const eraseServiceDataOnCustomerErased =
  (s: Services): EventHandler<'customer.erased'> =>
  async (event, tx) => {
    await s.erasure.onErased(tx, event.payload);
  };
