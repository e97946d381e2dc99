import type { EventHandler } from '@member-graph/common/events';
import type { FactsService } from '../customer/facts.service';

/** Keeps how much of an order is refunded (what a new return may still claim). */
export const projectRefundOnOrderRefunded =
  (facts: FactsService): EventHandler<'order.refunded'> =>
  async (event, tx) => {
    await facts.onOrderRefunded(tx, event.payload);
  };
