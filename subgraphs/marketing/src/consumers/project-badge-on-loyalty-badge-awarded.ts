import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** A badge earned in loyalty. */
export const projectBadgeOnLoyaltyBadgeAwarded =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'loyalty.badge_awarded'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.badgeAwarded(tx, id, event.payload));
