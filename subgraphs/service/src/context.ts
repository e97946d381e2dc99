import { contextFactory, type SubgraphContext } from '@member-graph/common/server';
import { returnLoaders } from './return/return.loaders';
import type { Services } from './services';
import { ticketLoaders } from './ticket/ticket.loaders';

/** Fresh DataLoaders for one request (or one subscription event): every reference and child list goes through one. */
export function createLoaders(services: Services) {
  const ds = services.deps.dataSource;
  return {
    factsByCustomer: services.facts.loader(),
    surveyByTicket: services.surveys.byTicketLoader(),
    surveyByReturn: services.surveys.byReturnLoader(),
    ...ticketLoaders(ds),
    ...returnLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The per-request context of the service subgraph. */
export type Context = SubgraphContext<Services, Loaders>;

export const createContextFactory = (services: Services) => contextFactory(services, () => createLoaders(services));
