import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';
import { forCustomer } from './apply';

/** New RFM scores. */
export const projectRfmOnCustomerRfmChanged =
  (s: Services, react: boolean): EventHandler<'customer.rfm_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.rfmChanged(tx, id, event.payload));
