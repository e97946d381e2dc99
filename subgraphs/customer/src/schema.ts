import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { RESOLVER_CLASSES, type ResolverWiring } from './resolvers';

/**
 * The customer subgraph schema. Without `wiring` it needs no database (the schema script and the
 * gateway tests build it for its SDL); the running subgraph passes the wired resolver instances.
 */
export const buildCustomerSchema = async (wiring?: ResolverWiring) => {
  return buildFederatedSchema({ resolvers: RESOLVER_CLASSES, orphanedTypes: [PageInfo], container: wiring?.container.requireAll(RESOLVER_CLASSES), references: wiring?.references });
};
