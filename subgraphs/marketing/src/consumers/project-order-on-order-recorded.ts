import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** An order: facts and the co-occurrence baskets; attribution to recent sends; carts are no longer abandoned; activity and first-order timers. */
export const projectOrderOnOrderRecorded =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers' | 'attribution'>, react: boolean): EventHandler<'order.recorded'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.orderRecorded(tx, id, event.payload), async (id, first) => {
      await s.attribution.onOrder(tx, id, event.payload);
      await s.triggers.onOrdered(tx, id);
      await s.triggers.onActivity(tx, id);
      if (first) await s.triggers.onFirstOrder(tx, id);
    });
