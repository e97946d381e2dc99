import type { EventHandler } from '@member-graph/common/events';
import type { FactsService } from '../customer/facts.service';

/** Keeps the order's lines and amount (for returns and the order-amount escalation rule) and counts the customer's orders. */
export const projectOrderOnOrderRecorded =
  (facts: FactsService): EventHandler<'order.recorded'> =>
  async (event, tx) => {
    await facts.onOrderRecorded(tx, event.payload);
  };
