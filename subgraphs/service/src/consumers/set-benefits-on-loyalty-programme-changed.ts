import type { EventHandler } from '@member-graph/common/events';
import type { FreeReturnService } from '../free-return/free-return.service';

/** Each tier's free-return allowance, from the newest loyalty programme version (never loyalty's tables). */
export const setBenefitsOnLoyaltyProgrammeChanged =
  (freeReturns: FreeReturnService): EventHandler<'loyalty.programme_changed'> =>
  async (event, tx) => {
    await freeReturns.onProgrammeChanged(tx, event.payload);
  };
