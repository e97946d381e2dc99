import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** Activity moves inactivity timers; an add-to-cart starts the abandoned-cart timer; category browses count towards the browse trigger. */
export const projectBehaviourOnCustomerBehaviourRecorded =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers'>, react: boolean): EventHandler<'customer.behaviour_recorded'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.behaviourRecorded(tx, id, event.payload), async (id, browses) => {
      await s.triggers.onActivity(tx, id);
      if (event.payload.kind === 'ADD_TO_CART') await s.triggers.onCartAdded(tx, id, new Date(event.payload.occurredAt));
      if (browses && event.payload.category) await s.triggers.onBrowsed(tx, id, event.payload.category, browses.browses, browses.since);
    });
