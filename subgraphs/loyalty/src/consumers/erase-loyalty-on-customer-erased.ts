import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** The person's check-ins, engagements, badges, birthday and referral code go; the ledger stays, anonymous. */
export const eraseLoyaltyOnCustomerErased =
  (s: Services): EventHandler<'customer.erased'> =>
  async (event, tx) => {
    await s.erasures.onErased(tx, event.payload.customerId, event.payload.formerIds ?? [], event.actor);
  };
