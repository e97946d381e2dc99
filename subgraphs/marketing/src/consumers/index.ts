import type { HandlerMap } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { eraseMarketingOnCustomerErased } from './erase-marketing-on-customer-erased';
import { issueCouponOnLoyaltyRewardExchanged } from './issue-coupon-on-loyalty-reward-exchanged';
import { issueCouponOnLoyaltyBirthdayGiftGranted } from './issue-coupon-on-loyalty-birthday-gift-granted';
import { mergeMarketingOnCustomerMerged } from './merge-marketing-on-customer-merged';
import { offerCareOnTicketCareOpened } from './offer-care-on-ticket-care-opened';
import { unmergeMarketingOnCustomerUnmerged } from './unmerge-marketing-on-customer-unmerged';
import { projectBadgeOnLoyaltyBadgeAwarded } from './project-badge-on-loyalty-badge-awarded';
import { projectBehaviourOnCustomerBehaviourRecorded } from './project-behaviour-on-customer-behaviour-recorded';
import { projectBirthdayOnCustomerProfileUpdated } from './project-birthday-on-customer-profile-updated';
import { projectConsentOnCustomerConsentChanged } from './project-consent-on-customer-consent-changed';
import { projectCustomerOnCustomerRegistered } from './project-customer-on-customer-registered';
import { projectLifecycleOnCustomerLifecycleChanged } from './project-lifecycle-on-customer-lifecycle-changed';
import { projectOrderOnOrderRecorded } from './project-order-on-order-recorded';
import { projectPersonalisationOnMarketingPersonalisationChanged } from './project-personalisation-on-marketing-personalisation-changed';
import { projectRefundOnOrderRefunded } from './project-refund-on-order-refunded';
import { projectRfmOnCustomerRfmChanged } from './project-rfm-on-customer-rfm-changed';
import { projectTagsOnCustomerTagsChanged } from './project-tags-on-customer-tags-changed';
import { projectTierOnLoyaltyTierChanged } from './project-tier-on-loyalty-tier-changed';
import { projectValueOnCustomerValueChanged } from './project-value-on-customer-value-changed';

/** The projection consumer: its offset and processed events live in marketing.consumer_offsets / processed_events. */
export const MARKETING_CONSUMER = 'marketing';

/**
 * Every event marketing learns from. Each handler updates the projection and then, unless
 * `replay` (a rebuild from the log), reacts: segment membership, triggers, attribution.
 */
export function marketingHandlers(s: ConsumerServices, options: { replay?: boolean } = {}): HandlerMap {
  const react = !options.replay;
  return {
    'customer.registered': projectCustomerOnCustomerRegistered(s, react),
    'customer.profile_updated': projectBirthdayOnCustomerProfileUpdated(s, react),
    'customer.merged': mergeMarketingOnCustomerMerged(s, react),
    'customer.unmerged': unmergeMarketingOnCustomerUnmerged(s, react),
    'customer.erased': eraseMarketingOnCustomerErased(s, react),
    'customer.lifecycle_changed': projectLifecycleOnCustomerLifecycleChanged(s, react),
    'customer.tags_changed': projectTagsOnCustomerTagsChanged(s, react),
    'customer.rfm_changed': projectRfmOnCustomerRfmChanged(s, react),
    'customer.value_changed': projectValueOnCustomerValueChanged(s, react),
    'customer.consent_changed': projectConsentOnCustomerConsentChanged(s, react),
    'customer.behaviour_recorded': projectBehaviourOnCustomerBehaviourRecorded(s, react),
    'order.recorded': projectOrderOnOrderRecorded(s, react),
    'order.refunded': projectRefundOnOrderRefunded(s, react),
    'loyalty.tier_changed': projectTierOnLoyaltyTierChanged(s, react),
    'loyalty.badge_awarded': projectBadgeOnLoyaltyBadgeAwarded(s, react),
    'loyalty.reward_exchanged': issueCouponOnLoyaltyRewardExchanged(s, react),
    'loyalty.birthday_gift_granted': issueCouponOnLoyaltyBirthdayGiftGranted(s, react),
    'marketing.personalisation_changed': projectPersonalisationOnMarketingPersonalisationChanged(s, react),
    'ticket.care_opened': offerCareOnTicketCareOpened(s, react),
  };
}

/** The subgraph's consumers by name. */
export function marketingConsumers(s: ConsumerServices): Record<string, HandlerMap> {
  return { [MARKETING_CONSUMER]: marketingHandlers(s) };
}
