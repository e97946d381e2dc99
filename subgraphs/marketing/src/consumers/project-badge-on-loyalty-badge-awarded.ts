import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';
import { forCustomer } from './apply';

/** A badge earned in loyalty. */
export const projectBadgeOnLoyaltyBadgeAwarded =
  (s: Services, react: boolean): EventHandler<'loyalty.badge_awarded'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.badgeAwarded(tx, id, event.payload));
