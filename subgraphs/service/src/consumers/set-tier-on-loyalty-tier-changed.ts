import type { EventHandler } from '@member-graph/common/events';
import type { FactsService } from '../customer/facts.service';

/** The tier the SLA targets, escalation and auto-approval rules read (never loyalty's tables). */
export const setTierOnLoyaltyTierChanged =
  (facts: FactsService): EventHandler<'loyalty.tier_changed'> =>
  async (event, tx) => {
    await facts.onTierChanged(tx, event.payload);
  };
