import { buildFederatedSchema } from '@member-graph/common/federation';
import { MarketingAnalyticsResolver } from './analytics/analytics.resolver';
import { PageInfo } from '@member-graph/common/graphql';
import { CampaignResolver } from './campaign/campaign.resolver';
import { DeliveryReceiptResolver } from './campaign/receipt.resolver';
import { CouponResolver } from './coupon/coupon.resolver';
import { CustomerMarketingResolver } from './customer/customer-marketing.resolver';
import { Customer } from './customer/customer.type';
import { DataExport } from './export/data-export.type';
import { PersonalisationResolver } from './privacy/personalisation.resolver';
import { RecommendationResolver } from './recommendation/recommendation.resolver';
import { MarketingParkedEventResolver, type MarketingWiring } from './resolvers';
import { SegmentResolver } from './segment/segment.resolver';
import { MarketingExportResolver } from './export/data-export.resolver';

/**
 * The marketing subgraph schema. Without `wiring` it only describes (the schema script and composition
 * build it with no database); with it, it executes (resolvers from the container, `_entities`).
 */
export const buildMarketingSchema = (wiring?: MarketingWiring) =>
  buildFederatedSchema({
    resolvers: [CustomerMarketingResolver, SegmentResolver, CouponResolver, CampaignResolver, DeliveryReceiptResolver, RecommendationResolver, PersonalisationResolver, MarketingAnalyticsResolver, MarketingParkedEventResolver, MarketingExportResolver],
    orphanedTypes: [PageInfo, Customer, DataExport],
    container: wiring?.container,
    references: wiring?.references,
  });
