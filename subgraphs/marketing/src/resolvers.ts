import type { ReferenceResolvers } from '@member-graph/common/federation';
import { MarketingAnalyticsResolver } from './analytics/analytics.resolver';
import type { MarketingAnalyticsService } from './analytics/analytics.service';
import { CampaignResolver } from './campaign/campaign.resolver';
import type { CampaignService } from './campaign/campaign.service';
import type { ChannelPolicyService } from './campaign/channel-policy.service';
import { DeliveryReceiptResolver } from './campaign/receipt.resolver';
import type { DeliveryReceiptService } from './campaign/receipt.service';
import type { CouponRedemptionService } from './coupon/coupon-redemption.service';
import { CouponResolver } from './coupon/coupon.resolver';
import type { CouponService } from './coupon/coupon.service';
import { CustomerMarketingResolver } from './customer/customer-marketing.resolver';
import { customerReference } from './customer/customer.reference';
import type { ProjectionRebuild } from './facts/rebuild.service';
import { PersonalisationResolver } from './privacy/personalisation.resolver';
import type { PersonalisationService } from './privacy/personalisation.service';
import { RecommendationResolver } from './recommendation/recommendation.resolver';
import type { RecommendationService } from './recommendation/recommendation.service';
import { ResolverContainer } from '@member-graph/common/federation';
import { SegmentResolver } from './segment/segment.resolver';
import type { SegmentService } from './segment/segment.service';

import { parkedEventResolver, type DeadLetterStore } from '@member-graph/common/events';
import { dataExportReference } from './export/data-export.reference';
import { MarketingExportResolver } from './export/data-export.resolver';
import type { MarketingExportService } from './export/data-export.service';

/** The admin API of the marketing subgraph's dead letters (`marketingParkedEvents`, `replayMarketingParkedEvent`). */
export const MarketingParkedEventResolver = parkedEventResolver('marketing');

/** The services the GraphQL layer uses (consumers and jobs get theirs in app.ts). */
export interface ResolverServices {
  campaigns: CampaignService;
  policies: ChannelPolicyService;
  receipts: DeliveryReceiptService;
  coupons: CouponService;
  redemptions: CouponRedemptionService;
  segments: SegmentService;
  personalisation: PersonalisationService;
  rebuild: ProjectionRebuild;
  recommendations: RecommendationService;
  analytics: MarketingAnalyticsService;
  deadLetters: DeadLetterStore;
  dataExports: MarketingExportService;
}

/** Everything a schema needs to execute: resolver instances and `_entities` resolvers. */
export interface MarketingWiring {
  container: ResolverContainer;
  references: ReferenceResolvers;
}

/** Builds each resolver with exactly the services it uses. */
export function marketingResolvers(s: ResolverServices): MarketingWiring {
  return {
    container: new ResolverContainer([
      new CustomerMarketingResolver(s.coupons, s.recommendations),
      new SegmentResolver(s.segments),
      new CouponResolver(s.coupons, s.redemptions),
      new CampaignResolver(s.campaigns, s.policies),
      new DeliveryReceiptResolver(s.receipts),
      new RecommendationResolver(s.recommendations),
      new PersonalisationResolver(s.personalisation, s.rebuild),
      new MarketingAnalyticsResolver(s.analytics),
      new MarketingParkedEventResolver(s.deadLetters),
      new MarketingExportResolver(s.dataExports),
    ]),
    references: { ...customerReference, ...dataExportReference },
  };
}
