import type { EventHandler } from '@member-graph/common/events';
import { lockCustomers } from '../deps';
import type { ConsumerServices } from './consumer-services';

/** The merged customer's facts, basket, coupons and timers move to the survivor; the merged id leaves every segment. Nothing moves to or from an erased customer. */
export const mergeMarketingOnCustomerMerged =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers' | 'coupons'>, react: boolean): EventHandler<'customer.merged'> =>
  async (event, tx) => {
    const { survivorId, mergedId } = event.payload;
    await lockCustomers(tx, survivorId, mergedId);
    if (await s.facts.erasure.isErased(tx, survivorId, mergedId)) return;
    await s.facts.merged(tx, survivorId, mergedId);
    if (!react) return;
    await s.coupons.moveTo(tx, mergedId, survivorId);
    await s.membership.evaluateCustomer(tx, mergedId, 'EVENT');
    await s.membership.evaluateCustomer(tx, survivorId, 'EVENT');
    await s.triggers.onMerged(tx, survivorId, mergedId);
  };
