import type { Actor } from '@member-graph/common/auth';
import { recentBehaviourByCustomer } from './behaviour/behaviour.loaders';
import { consentHistoryByCustomer, consentsByCustomer } from './consent/consent.loaders';
import { customerById } from './customer/customer.loaders';
import { deletionRequestByCustomer } from './deletion/deletion.loaders';
import { identitiesByCustomer } from './identity/identity.loaders';
import { orderLoaders } from './order/order.loaders';
import { piiReveals } from './pii/pii.loaders';
import { lifecycleHistoryByCustomer } from './rfm/lifecycle.loaders';
import type { Deps } from './services';
import { tagsByCustomer } from './tag/tag.loaders';
import { valueLoaders } from './value/value.loaders';
import type { ValueService } from './value/value.service';

/** What the loaders read through: the database, the clock, and the value model (whose figures are computed, not stored). */
type LoaderDeps = Pick<Deps, 'dataSource' | 'clock'> & { value: ValueService };

/** Fresh DataLoaders for one request: every reference and every child list goes through one. */
export function createLoaders({ dataSource, clock, value }: LoaderDeps, actor: Actor | null) {
  return {
    piiReveals: piiReveals(dataSource, clock, actor),
    customerById: customerById(dataSource),
    deletionRequestByCustomer: deletionRequestByCustomer(dataSource),
    identitiesByCustomer: identitiesByCustomer(dataSource),
    tagsByCustomer: tagsByCustomer(dataSource, clock),
    consentsByCustomer: consentsByCustomer(dataSource),
    consentHistoryByCustomer: consentHistoryByCustomer(dataSource),
    recentBehaviourByCustomer: recentBehaviourByCustomer(dataSource),
    lifecycleHistoryByCustomer: lifecycleHistoryByCustomer(dataSource),
    ...orderLoaders(dataSource),
    ...valueLoaders(value),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The per-request context of the customer subgraph: who calls and fresh loaders. Services are not in
 * it: each resolver class is given the services it uses (resolvers.ts).
 */
export interface Context {
  actor: Actor | null;
  loaders: Loaders;
}

export const createContextFactory =
  (deps: LoaderDeps) =>
  (actor: Actor | null): Context => ({ actor, loaders: createLoaders(deps, actor) });
