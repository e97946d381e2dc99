import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';
import { forCustomer } from './apply';

/** The lifecycle stage segment rules read. */
export const projectLifecycleOnCustomerLifecycleChanged =
  (s: Services, react: boolean): EventHandler<'customer.lifecycle_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.lifecycleChanged(tx, id, event.payload));
