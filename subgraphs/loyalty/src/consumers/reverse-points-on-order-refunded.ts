import type { EventHandler } from '@member-graph/common/events';
import type { EarningService } from '../earning/earning.service';

/** A refund reverses the points and growth of the refunded part, once per refund. */
export const reversePointsOnOrderRefunded =
  (earningService: EarningService): EventHandler<'order.refunded'> =>
  async (event, tx) => {
    await earningService.onOrderRefunded(tx, event);
  };
