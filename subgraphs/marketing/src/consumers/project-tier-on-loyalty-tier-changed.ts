import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** The loyalty tier; an upgrade fires TIER_UPGRADED campaigns. */
export const projectTierOnLoyaltyTierChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers'>, react: boolean): EventHandler<'loyalty.tier_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.tierChanged(tx, id, event.payload), (id) =>
      s.triggers.onTierChanged(tx, id, event.payload.to, event.payload.reason),
    );
