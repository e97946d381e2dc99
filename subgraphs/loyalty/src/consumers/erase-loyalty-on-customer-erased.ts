import type { EventHandler } from '@member-graph/common/events';
import type { LoyaltyErasureService } from '../erasure/erasure.service';

/** The person's check-ins, engagements, badges, birthday and referral code go; the ledger stays, anonymous. */
export const eraseLoyaltyOnCustomerErased =
  (erasureService: LoyaltyErasureService): EventHandler<'customer.erased'> =>
  async (event, tx) => {
    await erasureService.onErased(tx, event.payload.customerId, event.payload.formerIds ?? [], event.actor);
  };
