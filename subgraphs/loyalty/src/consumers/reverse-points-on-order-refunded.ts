import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** A refund reverses the points and growth of the refunded part, once per refund. */
export const reversePointsOnOrderRefunded =
  (s: Services): EventHandler<'order.refunded'> =>
  async (event, tx) => {
    await s.earning.onOrderRefunded(tx, event);
  };
