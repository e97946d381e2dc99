import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** A changed birthday moves the birthday job's due time (the once-per-year grant stays once). */
export const setBirthdayOnCustomerProfileUpdated =
  (s: Services): EventHandler<'customer.profile_updated'> =>
  async (event, tx) => {
    await s.birthdays.setBirthday(tx, event.payload.customerId, event.payload.birthday);
  };
