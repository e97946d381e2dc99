import type { HandlerMap } from '@member-graph/common/events';
import type { Services } from '../services';
import { awardPointsOnOrderRecorded } from './award-points-on-order-recorded';
import { eraseLoyaltyOnCustomerErased } from './erase-loyalty-on-customer-erased';
import { moveLoyaltyOnCustomerMerged } from './move-loyalty-on-customer-merged';
import { moveLoyaltyOnCustomerUnmerged } from './move-loyalty-on-customer-unmerged';
import { registerMemberOnCustomerRegistered } from './register-member-on-customer-registered';
import { reversePointsOnOrderRefunded } from './reverse-points-on-order-refunded';
import { setBirthdayOnCustomerProfileUpdated } from './set-birthday-on-customer-profile-updated';

/** The consumer name whose offset lives in loyalty.consumer_offsets. */
export const LOYALTY_CONSUMER = 'loyalty';

/** Every event loyalty learns from, handled in the consumer's transaction (exactly once per event); each handler gets only the services it uses. */
export function loyaltyConsumers(s: Services): Record<string, HandlerMap> {
  return {
    [LOYALTY_CONSUMER]: {
      'customer.registered': registerMemberOnCustomerRegistered(s.members, s.birthdays, s.referrals),
      'customer.profile_updated': setBirthdayOnCustomerProfileUpdated(s.birthdays, s.referrals),
      'customer.merged': moveLoyaltyOnCustomerMerged(s.merges),
      'customer.unmerged': moveLoyaltyOnCustomerUnmerged(s.merges),
      'customer.erased': eraseLoyaltyOnCustomerErased(s.erasures),
      'order.recorded': awardPointsOnOrderRecorded(s.earning),
      'order.refunded': reversePointsOnOrderRefunded(s.earning),
    },
  };
}
