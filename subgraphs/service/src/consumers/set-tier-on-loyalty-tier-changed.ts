import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** The tier the SLA targets, escalation and auto-approval rules read (never loyalty's tables). */
export const setTierOnLoyaltyTierChanged =
  (s: Services): EventHandler<'loyalty.tier_changed'> =>
  async (event, tx) => {
    await s.facts.onTierChanged(tx, event.payload);
  };
