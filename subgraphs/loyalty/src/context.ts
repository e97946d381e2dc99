import type { Actor } from '@member-graph/common/auth';
import { badgesByCustomer } from './badge/badge.loaders';
import { lastCheckInByCustomer } from './check-in/check-in.loaders';
import type { Deps } from './deps';
import { growthByCustomer } from './growth/growth.loaders';
import { memberById } from './member/member.loaders';
import { historyCounts, historyPages, pointsByCustomer } from './points/points.loaders';
import { exchangeCounts, exchangePages } from './reward/reward.loaders';
import { tierHistoryByCustomer } from './tier/tier.loaders';

/** Fresh DataLoaders for one request: every reference and every field of Loyalty goes through one. */
export function createLoaders(deps: Deps) {
  const { dataSource, clock, settings } = deps;
  return {
    memberById: memberById(dataSource),
    growthByCustomer: growthByCustomer(dataSource, clock, settings.tierWindowDays),
    pointsByCustomer: pointsByCustomer(deps),
    historyPage: historyPages(deps),
    historyCountByCustomer: historyCounts(deps),
    tierHistoryByCustomer: tierHistoryByCustomer(dataSource),
    badgesByCustomer: badgesByCustomer(dataSource),
    lastCheckInByCustomer: lastCheckInByCustomer(dataSource),
    rewardExchangePage: exchangePages(deps),
    rewardExchangeCountByCustomer: exchangeCounts(deps),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The per-request context of the loyalty subgraph: who calls and fresh loaders. Services are not in
 * it: each resolver class is given the services it uses (resolvers.ts).
 */
export interface Context {
  actor: Actor | null;
  loaders: Loaders;
}

export const createContextFactory =
  (deps: Deps) =>
  (actor: Actor | null): Context => ({ actor, loaders: createLoaders(deps) });
