import { Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';

/** What the subscription bridge needs of the supergraph: schemas and a query planner. */
export interface LoadedSupergraph {
  /** The client-facing schema, as federation-internals and as graphql-js. */
  apiSchema: Schema;
  apiGraphql: GraphQLSchema;
  /** The full supergraph as graphql-js (for executing plans). */
  supergraphGraphql: GraphQLSchema;
  planner: QueryPlanner;
  /** Each subgraph's URL as written in the supergraph (environment overrides win over these). */
  urls: Record<string, string>;
}

/** Builds the planner from the same committed supergraph SDL the gateway serves. */
export function loadSupergraph(sdl: string): LoadedSupergraph {
  const supergraph = Supergraph.build(sdl);
  const apiSchema = supergraph.apiSchema();
  return {
    apiSchema,
    apiGraphql: apiSchema.toGraphQLJSSchema(),
    supergraphGraphql: supergraph.schema.toGraphQLJSSchema(),
    planner: new QueryPlanner(supergraph),
    urls: Object.fromEntries(supergraph.subgraphsMetadata().map((s) => [s.name, s.url])),
  };
}
