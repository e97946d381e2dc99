import { DeadLetterStore, type EventBus } from '@member-graph/common/events';
import { MarketingAnalyticsService } from './analytics/analytics.service';
import { AttributionService } from './campaign/attribution.service';
import { CampaignService } from './campaign/campaign.service';
import { channelAdapters, type ChannelAdapters } from './campaign/channel.adapter';
import { ChannelPolicyService } from './campaign/channel-policy.service';
import { DeliveryService } from './campaign/delivery.service';
import { DeliveryReceiptService } from './campaign/receipt.service';
import { TriggerService } from './campaign/trigger.service';
import { MARKETING_CONSUMER, marketingHandlers } from './consumers';
import { CouponRedemptionService } from './coupon/coupon-redemption.service';
import { CouponService } from './coupon/coupon.service';
import type { Deps } from './deps';
import { FactsProjection } from './facts/facts.projection';
import { ProjectionRebuild } from './facts/rebuild.service';
import { ErasureService } from './privacy/erasure.service';
import { PersonalisationService } from './privacy/personalisation.service';
import { RecommendationService } from './recommendation/recommendation.service';
import { SegmentMembership } from './segment/segment.membership';
import { SegmentService } from './segment/segment.service';
import { MarketingExportService } from './export/data-export.service';

export type { Deps };

/** Wires the marketing subgraph's services by hand (no DI library). Add new services here. */
export function createServices(deps: Deps, options: { bus: EventBus; adapters?: Partial<ChannelAdapters> }) {
  const facts = new FactsProjection();
  const membership = new SegmentMembership(deps, facts);
  const segments = new SegmentService(deps, membership);
  const coupons = new CouponService(deps, facts.erasure);
  const redemptions = new CouponRedemptionService(deps, coupons);
  const policies = new ChannelPolicyService(deps);
  const delivery = new DeliveryService(deps, facts, coupons, policies, channelAdapters(options.adapters));
  const triggers = new TriggerService(deps, facts, delivery);
  membership.onJoined = (tx, segmentId, customerIds) => triggers.onSegmentJoined(tx, segmentId, customerIds);
  const campaigns = new CampaignService(deps, triggers);
  const receipts = new DeliveryReceiptService(deps);
  const attribution = new AttributionService();
  const recommendations = new RecommendationService(deps);
  const personalisation = new PersonalisationService(deps, facts);
  const erasure = new ErasureService(membership);
  const rebuild = new ProjectionRebuild(deps, membership, MARKETING_CONSUMER, options.bus);
  const analytics = new MarketingAnalyticsService(deps);
  const deadLetters = new DeadLetterStore(deps.dataSource, 'marketing');
  const dataExports = new MarketingExportService(deps);
  const services = {
    deadLetters, deps, facts, membership, segments, coupons, redemptions, policies, delivery, triggers, campaigns, receipts, attribution, recommendations, personalisation, erasure, rebuild, analytics, dataExports,
  };
  rebuild.handlers = marketingHandlers(services, { replay: true });
  return services;
}

export type Services = ReturnType<typeof createServices>;
