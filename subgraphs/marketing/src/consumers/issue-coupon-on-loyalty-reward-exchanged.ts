import type { EventHandler } from '@member-graph/common/events';
import { lockCustomers } from '../deps';
import type { ConsumerServices } from './consumer-services';

/**
 * A member exchanged points for a COUPON_TEMPLATE reward in loyalty: the coupon is issued from its
 * template to the member (the survivor of a merge), once per exchange; nothing for an erased member,
 * for other reward kinds, or while replaying the log.
 */
export const issueCouponOnLoyaltyRewardExchanged =
  (s: Pick<ConsumerServices, 'facts' | 'coupons'>, react: boolean): EventHandler<'loyalty.reward_exchanged'> =>
  async (event, tx) => {
    const { kind, couponTemplateId, customerId, exchangeId } = event.payload;
    if (!react || kind !== 'COUPON_TEMPLATE' || !couponTemplateId) return;
    const id = await s.facts.canonical(tx, customerId);
    await lockCustomers(tx, id);
    if (await s.facts.erasure.isErased(tx, customerId, id)) return;
    await s.coupons.issueForReward(tx, { templateId: couponTemplateId, customerId: id, exchangeId, actor: event.actor });
  };
