import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import type { AttributionService } from './campaign/attribution.service';
import type { CampaignService } from './campaign/campaign.service';
import type { CouponService } from './coupon/coupon.service';
import { queryRows } from './deps';
import { FACTS_COLUMNS, type CustomerFacts } from './facts/facts.types';
import type { RecommendationService } from './recommendation/recommendation.service';
import type { SegmentService } from './segment/segment.service';

/** What the loaders are built from. */
export interface LoaderSources {
  dataSource: DataSource;
  coupons: CouponService;
  segments: SegmentService;
  recommendations: RecommendationService;
  campaigns: CampaignService;
  attribution: AttributionService;
}

/** Fresh DataLoaders for one request: every reference and every list child goes through one. */
export function createLoaders(s: LoaderSources) {
  return {
    factsById: oneByKey<string, CustomerFacts>(async (ids) => {
      const valid = ids.filter(isUuid);
      return valid.length
        ? queryRows<CustomerFacts>(s.dataSource, `select ${FACTS_COLUMNS} from marketing.customer_facts f where f.customer_id = any($1::uuid[])`, [valid])
        : [];
    }, (f) => f.customerId),
    couponsByCustomer: s.coupons.byCustomerLoader(),
    templateById: s.coupons.templateLoader(),
    membershipsByCustomer: s.segments.membershipsLoader(),
    segmentById: s.segments.byIdLoader(),
    segmentMemberCount: s.segments.memberCountLoader(),
    segmentMembers: s.segments.membersLoader(),
    recommendations: s.recommendations.loader(),
    variantsByCampaign: s.campaigns.variantsLoader(),
    reportByCampaign: s.attribution.reportLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The per-request context of the marketing subgraph: who calls and the request's loaders, nothing else
 * (resolvers receive the services they use through their constructors, see resolvers.ts).
 */
export interface Context {
  actor: Actor | null;
  loaders: Loaders;
}

export const createContextFactory =
  (sources: LoaderSources) =>
  (actor: Actor | null): Context => ({ actor, loaders: createLoaders(sources) });
