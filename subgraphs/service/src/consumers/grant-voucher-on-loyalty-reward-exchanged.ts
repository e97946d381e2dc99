import type { EventHandler } from '@member-graph/common/events';
import type { FreeReturnService } from '../free-return/free-return.service';

/** A FREE_RETURN_VOUCHER reward exchanged in loyalty: one more free return this year (never loyalty's tables). */
export const grantVoucherOnLoyaltyRewardExchanged =
  (freeReturns: FreeReturnService): EventHandler<'loyalty.reward_exchanged'> =>
  async (event, tx) => {
    await freeReturns.onRewardExchanged(tx, event.payload);
  };
