import type { HandlerMap } from '@member-graph/common/events';
import type { FactsService } from '../customer/facts.service';
import type { ErasureService } from '../erasure/erasure.service';
import type { FreeReturnService } from '../free-return/free-return.service';
import { eraseServiceDataOnCustomerErased } from './erase-service-data-on-customer-erased';
import { grantVoucherOnLoyaltyRewardExchanged } from './grant-voucher-on-loyalty-reward-exchanged';
import { moveServiceDataOnCustomerMerged } from './move-service-data-on-customer-merged';
import { moveServiceDataOnCustomerUnmerged } from './move-service-data-on-customer-unmerged';
import { projectOrderOnOrderRecorded } from './project-order-on-order-recorded';
import { projectRefundOnOrderRefunded } from './project-refund-on-order-refunded';
import { setBenefitsOnLoyaltyProgrammeChanged } from './set-benefits-on-loyalty-programme-changed';
import { setTierOnLoyaltyTierChanged } from './set-tier-on-loyalty-tier-changed';

/** The consumer name whose offset lives in service.consumer_offsets. */
export const SERVICE_CONSUMER = 'service';

/** Every event service learns from, handled in the consumer's transaction (exactly once per event). */
export function serviceConsumers(s: { facts: FactsService; erasure: ErasureService; freeReturns: FreeReturnService }): Record<string, HandlerMap> {
  return {
    [SERVICE_CONSUMER]: {
      'order.recorded': projectOrderOnOrderRecorded(s.facts),
      'order.refunded': projectRefundOnOrderRefunded(s.facts),
      'loyalty.tier_changed': setTierOnLoyaltyTierChanged(s.facts),
      'loyalty.programme_changed': setBenefitsOnLoyaltyProgrammeChanged(s.freeReturns),
      'loyalty.reward_exchanged': grantVoucherOnLoyaltyRewardExchanged(s.freeReturns),
      'customer.merged': moveServiceDataOnCustomerMerged(s.facts),
      'customer.unmerged': moveServiceDataOnCustomerUnmerged(s.facts),
      'customer.erased': eraseServiceDataOnCustomerErased(s.erasure),
    },
  };
}
