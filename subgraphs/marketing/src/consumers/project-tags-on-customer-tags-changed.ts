import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';
import { forCustomer } from './apply';

/** Tags added and removed, applied as set operations. */
export const projectTagsOnCustomerTagsChanged =
  (s: Services, react: boolean): EventHandler<'customer.tags_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.tagsChanged(tx, id, event.payload));
