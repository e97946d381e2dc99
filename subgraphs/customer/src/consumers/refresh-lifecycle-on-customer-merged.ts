import type { EventHandler } from '@member-graph/common/events';
import { LifecycleCause } from '../rfm/lifecycle.enums';
import type { RfmService } from '../rfm/rfm.service';

/** The survivor of a merge now holds both customers' orders: re-derive its stage at once. */
export const refreshLifecycleOnCustomerMerged =
  (rfm: RfmService): EventHandler<'customer.merged'> =>
  async (event, manager) => {
    await rfm.refreshLifecycleOf(manager, event.payload.survivorId, LifecycleCause.MERGE);
  };
