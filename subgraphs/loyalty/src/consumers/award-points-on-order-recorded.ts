import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** A paid order (any channel, stores included) earns points and growth, once per order. */
export const awardPointsOnOrderRecorded =
  (s: Services): EventHandler<'order.recorded'> =>
  async (event, tx) => {
    await s.earning.onOrderRecorded(tx, event);
  };
