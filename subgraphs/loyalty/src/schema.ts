import { bindSubscriptions, buildFederatedSchema, STREAMS_ONLY_PUBSUB } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { Customer } from './member/customer.type';
import { DataExport } from './export/data-export.type';
import { RESOLVER_CLASSES, type ResolverWiring } from './resolvers';

/**
 * The loyalty subgraph schema. Without `wiring` it needs no database (the schema script and the
 * gateway build it for its SDL); the running subgraph passes the wired resolver instances and the
 * subscriptions' `subscribe` functions.
 */
export const buildLoyaltySchema = async (wiring?: ResolverWiring) => {
  const built = await buildFederatedSchema({
    resolvers: RESOLVER_CLASSES,
    orphanedTypes: [PageInfo, Customer, DataExport],
    pubSub: STREAMS_ONLY_PUBSUB,
    container: wiring?.container.requireAll(RESOLVER_CLASSES),
    references: wiring?.references,
  });
  if (wiring) bindSubscriptions(built.schema, wiring.subscriptions);
  return built;
};
