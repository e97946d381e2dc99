import { type Actor } from '@member-graph/common/auth';
import { contextFactory, type SubgraphContext } from '@member-graph/common/server';
import type { DataSource } from 'typeorm';
import { customerById } from './customer/customer.loaders';
import { orderLoaders } from './order/order.loaders';
import { valueLoaders } from './value/value.loaders';
import type { Services } from './services';

/** Fresh DataLoaders for one request: every reference and every child list goes through one. */
export function createLoaders(services: Services, dataSource: DataSource, actor: Actor | null) {
  return {
    piiReveals: services.pii.recorder(actor),
    customerById: customerById(dataSource),
    identitiesByCustomer: services.identities.byCustomerLoader(),
    tagsByCustomer: services.tags.byCustomerLoader(),
    consentsByCustomer: services.consents.byCustomerLoader(),
    consentHistoryByCustomer: services.consents.historyLoader(),
    recentBehaviourByCustomer: services.behaviour.recentLoader(),
    ...orderLoaders(dataSource),
    ...valueLoaders(services.value),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The per-request context of the customer subgraph. */
export type Context = SubgraphContext<Services, Loaders>;

export const createContextFactory = (services: Services, dataSource: DataSource) => contextFactory(services, (actor) => createLoaders(services, dataSource, actor));
