import type { EventHandler } from '@member-graph/common/events';
import { LifecycleCause } from '../rfm/lifecycle.enums';
import type { RfmService } from '../rfm/rfm.service';

/** A full refund takes the order out of the count, which may change the stage: re-derive it at once. */
export const refreshLifecycleOnOrderRefunded =
  (rfm: RfmService): EventHandler<'order.refunded'> =>
  async (event, manager) => {
    await rfm.refreshLifecycleOf(manager, event.payload.customerId, LifecycleCause.ORDER_REFUNDED);
  };
