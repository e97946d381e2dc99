import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common';
import { customerById } from './customer/customer.loaders';
import { orderLoaders } from './order/order.loaders';
import type { Services } from './services';

/** Fresh DataLoaders for one request: every reference and every child list goes through one. */
export function createLoaders(services: Services, dataSource: DataSource) {
  return {
    customerById: customerById(dataSource),
    identitiesByCustomer: services.identities.byCustomerLoader(),
    tagsByCustomer: services.tags.byCustomerLoader(),
    consentsByCustomer: services.consents.byCustomerLoader(),
    consentHistoryByCustomer: services.consents.historyLoader(),
    recentBehaviourByCustomer: services.behaviour.recentLoader(),
    ...orderLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The per-request context of the customer subgraph. */
export interface Context {
  actor: Actor | null;
  services: Services;
  loaders: Loaders;
}

export const contextFactory = (services: Services, dataSource: DataSource) => (actor: Actor | null): Context => ({
  actor,
  services,
  loaders: createLoaders(services, dataSource),
});
