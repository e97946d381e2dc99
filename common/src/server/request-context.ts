import type { Actor } from '../auth';

/** The per-request context of every subgraph: who calls, the services, and fresh DataLoaders. */
export interface SubgraphContext<S, L> {
  actor: Actor | null;
  services: S;
  /** New for every request (and, in the service subgraph, for every subscription event). */
  loaders: L;
  /** The id of the request (the gateway's `x-request-id`), set by the server for logging. */
  requestId?: string;
}

/** Builds a subgraph's context factory: a fresh set of loaders per request (some act for the caller). */
export const contextFactory =
  <S, L>(services: S, createLoaders: (actor: Actor | null) => L) =>
  (actor: Actor | null): SubgraphContext<S, L> => ({ actor, services, loaders: createLoaders(actor) });
