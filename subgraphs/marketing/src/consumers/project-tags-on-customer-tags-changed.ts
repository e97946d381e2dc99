import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** Tags added and removed, applied as set operations. */
export const projectTagsOnCustomerTagsChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'customer.tags_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.tagsChanged(tx, id, event.payload));
