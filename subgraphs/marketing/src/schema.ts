import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { CampaignResolver } from './campaign/campaign.resolver';
import { CouponResolver } from './coupon/coupon.resolver';
import { CustomerMarketingResolver } from './customer/customer-marketing.resolver';
import { customerReference } from './customer/customer.reference';
import { Customer } from './customer/customer.type';
import { PersonalisationResolver } from './privacy/personalisation.resolver';
import { RecommendationResolver } from './recommendation/recommendation.resolver';
import { SegmentResolver } from './segment/segment.resolver';

/** The marketing subgraph schema; needs no database (the schema script and the gateway build it). */
export const buildMarketingSchema = () =>
  buildFederatedSchema({
    resolvers: [CustomerMarketingResolver, SegmentResolver, CouponResolver, CampaignResolver, RecommendationResolver, PersonalisationResolver],
    orphanedTypes: [PageInfo, Customer],
    references: { ...customerReference },
  });
