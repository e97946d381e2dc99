import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { campaignLoaders } from './campaign/campaign.loaders';
import { couponLoaders } from './coupon/coupon.loaders';
import { factsLoaders } from './customer/facts.loaders';
import { recommendationLoaders } from './recommendation/recommendation.loaders';
import { segmentLoaders } from './segment/segment.loaders';

/** Fresh DataLoaders for one request: every reference and every list child goes through one. */
export function createLoaders(ds: DataSource) {
  return { ...factsLoaders(ds), ...couponLoaders(ds), ...segmentLoaders(ds), ...recommendationLoaders(ds), ...campaignLoaders(ds) };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The per-request context of the marketing subgraph: who calls and the request's loaders, nothing else
 * (resolvers receive the services they use through their constructors, see resolvers.ts).
 */
export interface Context {
  actor: Actor | null;
  loaders: Loaders;
}

export const createContextFactory =
  (ds: DataSource) =>
  (actor: Actor | null): Context => ({ actor, loaders: createLoaders(ds) });
