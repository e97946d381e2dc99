import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** A changed birthday moves birthday rules and birthday-month timers. */
export const projectBirthdayOnCustomerProfileUpdated =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers'>, react: boolean): EventHandler<'customer.profile_updated'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.profileUpdated(tx, id, event.payload), (id) => s.triggers.onBirthday(tx, id));
