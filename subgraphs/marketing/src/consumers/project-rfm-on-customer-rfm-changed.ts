import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** New RFM scores. */
export const projectRfmOnCustomerRfmChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'customer.rfm_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.rfmChanged(tx, id, event.payload));
