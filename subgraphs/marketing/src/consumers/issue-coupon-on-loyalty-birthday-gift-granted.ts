import type { EventHandler } from '@member-graph/common/events';
import { log } from '@member-graph/common/log';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/**
 * The coupon of a loyalty birthday gift pack: issued once per customer and year (the issue key), live
 * only (a rebuild from the log issues nothing). A template that cannot issue (exhausted, expired, the
 * per-customer limit) is logged and skipped: the points of the pack were granted anyway.
 */
export const issueCouponOnLoyaltyBirthdayGiftGranted =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'coupons'>, react: boolean): EventHandler<'loyalty.birthday_gift_granted'> =>
  (event, tx) => {
    const { customerId, year, couponTemplateId } = event.payload;
    return forCustomer(s, tx, customerId, react, async () => undefined, async (id) => {
      if (!couponTemplateId) return;
      const issued = await s.coupons.tryIssue(tx, { templateId: couponTemplateId, customerId: id, source: 'BIRTHDAY', issueKey: `birthday:${id}:${year}`, actor: event.actor });
      if ('refused' in issued) log('marketing').warn({ code: issued.refused.code, templateId: couponTemplateId, eventId: event.id }, 'birthday coupon not issued');
    });
  };
