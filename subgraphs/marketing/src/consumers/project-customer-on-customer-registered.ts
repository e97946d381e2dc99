import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** A new customer: registration time (their first activity), birthday, lifecycle POTENTIAL; inactivity and birthday timers start. */
export const projectCustomerOnCustomerRegistered =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers'>, react: boolean): EventHandler<'customer.registered'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.registered(tx, { ...event.payload, customerId: id }), async (id) => {
      await s.triggers.onActivity(tx, id);
      await s.triggers.onBirthday(tx, id);
    });
