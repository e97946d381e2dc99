import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** The lifecycle stage segment rules read. */
export const projectLifecycleOnCustomerLifecycleChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'customer.lifecycle_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.lifecycleChanged(tx, id, event.payload));
