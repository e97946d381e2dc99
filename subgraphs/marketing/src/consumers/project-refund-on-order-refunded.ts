import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** Refunds lower spend; a fully refunded order no longer counts. */
export const projectRefundOnOrderRefunded =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'order.refunded'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.orderRefunded(tx, id, event.payload));
