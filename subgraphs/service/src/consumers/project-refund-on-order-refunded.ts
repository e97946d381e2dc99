import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** Keeps how much of an order is refunded (what a new return may still claim). */
export const projectRefundOnOrderRefunded =
  (s: Services): EventHandler<'order.refunded'> =>
  async (event, tx) => {
    await s.facts.onOrderRefunded(tx, event.payload);
  };
