import type { EventHandler } from '@member-graph/common/events';
import type { BirthdayService } from '../birthday/birthday.service';
import type { ReferralService } from '../referral/referral.service';

/**
 * A changed birthday moves the birthday job's due time (the once-per-year grant stays once); the
 * customer's identity fingerprints (a new phone) replace the ones kept for referral checks.
 */
export const setBirthdayOnCustomerProfileUpdated =
  (birthdayService: BirthdayService, referralService: ReferralService): EventHandler<'customer.profile_updated'> =>
  async (event, tx) => {
    await birthdayService.setBirthday(tx, event.payload.customerId, event.payload.birthday);
    await referralService.recordFingerprints(tx, event.payload.customerId, event.payload.fingerprints);
  };
