import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** Keeps the order's lines and amount (for returns and the order-amount escalation rule) and counts the customer's orders. */
export const projectOrderOnOrderRecorded =
  (s: Services): EventHandler<'order.recorded'> =>
  async (event, tx) => {
    await s.facts.onOrderRecorded(tx, event.payload);
  };
