import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** Service opened a proactive care ticket: PROACTIVE_CARE campaigns (their compensation coupon) fire, once per care cluster. */
export const offerCareOnTicketCareOpened =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers'>, react: boolean): EventHandler<'ticket.care_opened'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, async () => undefined, (id) => s.triggers.onCareOpened(tx, id, event.payload.clusterId));
