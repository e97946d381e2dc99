import { ResolverContainer, type ReferenceResolvers } from '@member-graph/common/federation';
import { BadgeResolver } from './badge/badge.resolver';
import { CheckInResolver, CheckInStatusResolver } from './check-in/check-in.resolver';
import { EngagementResolver } from './engagement/engagement.resolver';
import { customerReference } from './member/customer.reference';
import { CustomerLoyaltyResolver, LoyaltyResolver } from './member/loyalty.resolver';
import { LoyaltyPointsResolver, PointsEntryResolver, PointsResolver, PointsSummaryResolver } from './points/points.resolver';
import { pointsSubscriptions, PointsStreamResolver } from './points/points-stream.resolver';
import type { SubscribeFn } from '@member-graph/common/federation';
import type { Services } from './services';
import { ProgrammeResolver } from './programme/programme.resolver';
import { TierResolver } from './tier/tier.resolver';
import { parkedEventResolver } from '@member-graph/common/events';

/** The admin API of the loyalty subgraph's dead letters (`loyaltyParkedEvents`, `replayLoyaltyParkedEvent`). */
export const LoyaltyParkedEventResolver = parkedEventResolver('loyalty');
import { TierMixResolver } from './tier-mix/tier-mix.resolver';
import { LoyaltyExportResolver } from './export/data-export.resolver';
import { dataExportReference } from './export/data-export.reference';
import { PointsAdjustmentAuditResolver } from './audit/points-adjustment-audit.resolver';
import { LoyaltyRewardExchangesResolver, RewardResolver } from './reward/reward.resolver';

/** Every resolver class of the schema (the schema needs the classes only; a running subgraph needs their instances). */
export const RESOLVER_CLASSES: [Function, ...Function[]] = [
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
  PointsStreamResolver,
  LoyaltyParkedEventResolver,
  TierMixResolver,
  LoyaltyExportResolver,
  PointsAdjustmentAuditResolver,
  RewardResolver,
  LoyaltyRewardExchangesResolver,
  ProgrammeResolver,
];

/** What a running subgraph adds to the schema: one instance per resolver class (type-graphql's container) and the entity references. */
export interface ResolverWiring {
  container: ResolverContainer;
  references: ReferenceResolvers;
  /** Each Subscription field's `subscribe`, bound to its service. */
  subscriptions: Record<string, SubscribeFn>;
}

/** Builds each resolver with only the services it uses: no resolver reaches a service it is not given. */
export function wireResolvers(s: Services): ResolverWiring {
  const instances = [
    new CustomerLoyaltyResolver(s.members),
    new LoyaltyResolver(s.members),
    new TierResolver(s.tiers),
    new LoyaltyPointsResolver(),
    new PointsSummaryResolver(),
    new PointsEntryResolver(),
    new PointsResolver(s.points),
    new BadgeResolver(s.badges),
    new CheckInResolver(s.checkIns),
    new CheckInStatusResolver(s.checkIns),
    new EngagementResolver(s.engagements),
    new PointsStreamResolver(),
    new LoyaltyParkedEventResolver(s.deadLetters),
    new TierMixResolver(s.tierMix),
    new LoyaltyExportResolver(s.dataExports),
    new PointsAdjustmentAuditResolver(s.adjustmentAudit),
    new RewardResolver(s.rewards),
    new LoyaltyRewardExchangesResolver(),
    new ProgrammeResolver(s.programme),
  ];
  return { container: new ResolverContainer(instances), references: { ...customerReference(s.members), ...dataExportReference }, subscriptions: pointsSubscriptions(s.pointsStream) };
}
