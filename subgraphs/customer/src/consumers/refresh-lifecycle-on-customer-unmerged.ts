import type { EventHandler } from '@member-graph/common/events';
import { LifecycleCause } from '../rfm/lifecycle.enums';
import type { RfmService } from '../rfm/rfm.service';

/** An unmerge splits the orders again: both customers' stages are re-derived at once (cause MERGE: its undo). */
export const refreshLifecycleOnCustomerUnmerged =
  (rfm: RfmService): EventHandler<'customer.unmerged'> =>
  async (event, manager) => {
    await rfm.refreshLifecycleOf(manager, event.payload.survivorId, LifecycleCause.MERGE);
    await rfm.refreshLifecycleOf(manager, event.payload.restoredId, LifecycleCause.MERGE);
  };
