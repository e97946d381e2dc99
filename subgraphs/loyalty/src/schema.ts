import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { BadgeResolver } from './badge/badge.resolver';
import { CheckInResolver, CheckInStatusResolver } from './check-in/check-in.resolver';
import { EngagementResolver } from './engagement/engagement.resolver';
import { customerReference } from './member/customer.reference';
import { Customer } from './member/customer.type';
import { CustomerLoyaltyResolver, LoyaltyResolver } from './member/loyalty.resolver';
import { LoyaltyPointsResolver, PointsEntryResolver, PointsResolver, PointsSummaryResolver } from './points/points.resolver';
import { TierResolver } from './tier/tier.resolver';

/** The loyalty subgraph schema; needs no database (the schema script and the gateway build it). */
export const buildLoyaltySchema = () =>
  buildFederatedSchema({
    resolvers: [
      CustomerLoyaltyResolver,
      LoyaltyResolver,
      TierResolver,
      LoyaltyPointsResolver,
      PointsSummaryResolver,
      PointsEntryResolver,
      PointsResolver,
      BadgeResolver,
      CheckInResolver,
      CheckInStatusResolver,
      EngagementResolver,
    ],
    orphanedTypes: [PageInfo, Customer],
    references: { ...customerReference },
  });
