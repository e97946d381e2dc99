import type { DataSource } from 'typeorm';
import type { Clock, Outbox } from '@member-graph/common';
import { CustomerService } from './customer/customer.service';
import { IdentityService } from './identity/identity.service';
import { MergeService } from './merge/merge.service';

/** Everything a service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
}

/** Wires the customer subgraph's services by hand (no DI library). Add new services here. */
export function createServices(deps: Deps) {
  const customers = new CustomerService(deps);
  const identities = new IdentityService({ ...deps, customers });
  const merges = new MergeService(deps, [identities]);
  return { customers, identities, merges };
}

export type Services = ReturnType<typeof createServices>;
