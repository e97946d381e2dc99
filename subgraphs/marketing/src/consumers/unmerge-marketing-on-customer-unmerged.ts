import type { EventHandler } from '@member-graph/common/events';
import { lockCustomers } from '../deps';
import type { ConsumerServices } from './consumer-services';

/** An undone merge: the restored customer's facts stand again, its coupons and holdings come back, and both customers' segments are re-evaluated. Nothing moves to or from an erased customer. */
export const unmergeMarketingOnCustomerUnmerged =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'coupons'>, react: boolean): EventHandler<'customer.unmerged'> =>
  async (event, tx) => {
    const { survivorId, restoredId } = event.payload;
    await lockCustomers(tx, survivorId, restoredId);
    if (await s.facts.erasure.isErased(tx, survivorId, restoredId)) return;
    await s.facts.unmerged(tx, survivorId, restoredId);
    if (!react) return;
    await s.coupons.undoMove(tx, survivorId, restoredId);
    await s.membership.evaluateCustomer(tx, survivorId, 'EVENT');
    await s.membership.evaluateCustomer(tx, restoredId, 'EVENT');
  };
