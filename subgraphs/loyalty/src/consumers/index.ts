import type { HandlerMap } from '@member-graph/common/events';
import type { Services } from '../services';
import { awardPointsOnOrderRecorded } from './award-points-on-order-recorded';
import { eraseLoyaltyOnCustomerErased } from './erase-loyalty-on-customer-erased';
import { moveLoyaltyOnCustomerMerged } from './move-loyalty-on-customer-merged';
import { registerMemberOnCustomerRegistered } from './register-member-on-customer-registered';
import { reversePointsOnOrderRefunded } from './reverse-points-on-order-refunded';
import { setBirthdayOnCustomerProfileUpdated } from './set-birthday-on-customer-profile-updated';

/** The consumer name whose offset lives in loyalty.consumer_offsets. */
export const LOYALTY_CONSUMER = 'loyalty';

/** Every event loyalty learns from, handled in the consumer's transaction (exactly once per event). */
export function loyaltyConsumers(s: Services): Record<string, HandlerMap> {
  return {
    [LOYALTY_CONSUMER]: {
      'customer.registered': registerMemberOnCustomerRegistered(s),
      'customer.profile_updated': setBirthdayOnCustomerProfileUpdated(s),
      'customer.merged': moveLoyaltyOnCustomerMerged(s),
      'customer.erased': eraseLoyaltyOnCustomerErased(s),
      'order.recorded': awardPointsOnOrderRecorded(s),
      'order.refunded': reversePointsOnOrderRefunded(s),
    },
  };
}
