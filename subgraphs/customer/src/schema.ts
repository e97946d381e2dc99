import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { RESOLVER_CLASSES, type ResolverWiring } from './resolvers';

/**
 * The customer subgraph schema. Without `wiring` it needs no database (the schema script and the
 * gateway tests build it for its SDL); the running subgraph passes the wired resolver instances.
 */
export const buildCustomerSchema = async (wiring?: ResolverWiring) => {
  const missing = wiring ? RESOLVER_CLASSES.filter((c) => !wiring.instances.has(c)) : [];
  if (missing.length) throw new Error(`resolvers not wired: ${missing.map((c) => c.name).join(', ')}`);
  return buildFederatedSchema({ resolvers: RESOLVER_CLASSES, orphanedTypes: [PageInfo], container: wiring?.instances, references: wiring?.references });
};
