import type { EventHandler } from '@member-graph/common/events';
import type { BirthdayService } from '../birthday/birthday.service';

/** A changed birthday moves the birthday job's due time (the once-per-year grant stays once). */
export const setBirthdayOnCustomerProfileUpdated =
  (birthdayService: BirthdayService): EventHandler<'customer.profile_updated'> =>
  async (event, tx) => {
    await birthdayService.setBirthday(tx, event.payload.customerId, event.payload.birthday);
  };
