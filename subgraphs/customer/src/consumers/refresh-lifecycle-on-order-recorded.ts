import type { EventHandler } from '@member-graph/common/events';
import { LifecycleCause } from '../rfm/lifecycle.enums';
import type { RfmService } from '../rfm/rfm.service';

/** A recorded order may move its customer to NEW, ACTIVE or LOYAL: re-derive the stage at once. */
export const refreshLifecycleOnOrderRecorded =
  (rfm: RfmService): EventHandler<'order.recorded'> =>
  async (event, manager) => {
    await rfm.refreshLifecycleOf(manager, event.payload.customerId, LifecycleCause.ORDER_RECORDED);
  };
