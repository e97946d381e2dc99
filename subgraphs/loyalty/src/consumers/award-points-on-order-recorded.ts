import type { EventHandler } from '@member-graph/common/events';
import type { EarningService } from '../earning/earning.service';

/** A paid order (any channel, stores included) earns points and growth, once per order. */
export const awardPointsOnOrderRecorded =
  (earningService: EarningService): EventHandler<'order.recorded'> =>
  async (event, tx) => {
    await earningService.onOrderRecorded(tx, event);
  };
