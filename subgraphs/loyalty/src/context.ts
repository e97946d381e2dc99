import { contextFactory, type SubgraphContext } from '@member-graph/common/server';
import { balanceByCustomer, expiringSoonByCustomer, historyPages } from './points/points.loaders';
import type { Services } from './services';

/** Fresh DataLoaders for one request: every reference and every field of Loyalty goes through one. */
export function createLoaders(services: Services) {
  return {
    memberById: services.members.loader(),
    growthByCustomer: services.growth.windowLoader(),
    balanceByCustomer: balanceByCustomer(services.deps),
    expiringSoonByCustomer: expiringSoonByCustomer(services.deps),
    historyPage: historyPages(services.deps),
    tierHistoryByCustomer: services.tiers.historyLoader(),
    badgesByCustomer: services.badges.loader(),
    lastCheckInByCustomer: services.checkIns.lastLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The per-request context of the loyalty subgraph. */
export type Context = SubgraphContext<Services, Loaders>;

export const createContextFactory = (services: Services) => contextFactory(services, () => createLoaders(services));
