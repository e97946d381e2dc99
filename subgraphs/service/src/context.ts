import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { systemClock, type Clock } from '@member-graph/common/time';
import { factsLoaders } from './customer/facts.loaders';
import { freeReturnLoaders } from './free-return/free-return.loaders';
import { returnLoaders } from './return/return.loaders';
import { surveyLoaders } from './satisfaction/survey.loaders';
import { ticketLoaders } from './ticket/ticket.loaders';

/** Fresh DataLoaders for one request (or one subscription event): every reference and child list goes through one. */
export function createLoaders(ds: DataSource, clock: Clock = systemClock) {
  return { ...factsLoaders(ds), ...surveyLoaders(ds), ...ticketLoaders(ds), ...returnLoaders(ds), ...freeReturnLoaders(ds, clock) };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The per-request context of the service subgraph: who calls and the request's loaders, nothing else
 * (resolvers receive the services they use through their constructors, see resolvers.ts).
 */
export interface Context {
  actor: Actor | null;
  loaders: Loaders;
}

export const createContextFactory =
  (ds: DataSource, clock: Clock = systemClock) =>
  (actor: Actor | null): Context => ({ actor, loaders: createLoaders(ds, clock) });
