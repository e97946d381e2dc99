import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { Supergraph, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { log } from '@member-graph/common/log';

/**
 * The one file that touches @apollo/gateway's internals (query planner, executeQueryPlan,
 * @apollo/federation-internals, @apollo/query-planner): the subscription bridge plans and executes through the three functions
 * below, so a version bump or a move to another router changes this file and its test only.
 * The architecture test (scripts/test/architecture.test.ts) fails if any other file imports them.
 */

/** What the bridge needs of the supergraph: the client-facing schema, the subgraph URLs and a planner. */
export interface LoadedSupergraph {
  /** The client-facing schema as graphql-js (what graphql-ws validates subscriptions against). */
  apiGraphql: GraphQLSchema;
  /** Each subgraph's URL as written in the supergraph (environment overrides win over these). */
  urls: Record<string, string>;
  /** Planner state; opaque outside this file. */
  readonly internals: { apiSchema: Schema; supergraphGraphql: GraphQLSchema; planner: QueryPlanner };
}

/** A data source per subgraph name (the gateway's own), used for the follow-up fetches. */
export type DataSources = Record<string, GraphQLDataSource>;

/** The part of a subscription the owning subgraph answers over graphql-ws. */
export interface PrimaryFetch {
  serviceName: string;
  query: string;
  operationName?: string;
  /** Names of the client's variables the upstream operation uses. */
  variableNames: string[];
}

/** A subscription split into its upstream subscription and the per-event follow-up. */
export interface SubscriptionPlan {
  primary: PrimaryFetch;
  /**
   * Turns one upstream event (shaped as the primary fetch's result) into the client's result,
   * fetching the fields of other subgraphs through `dataSources` with the caller's context.
   */
  followUp(event: ExecutionResult, request: { variables: Record<string, unknown>; context: unknown }): Promise<ExecutionResult>;
}

/** Builds the planner from the same committed supergraph SDL the gateway serves. */
export function loadSupergraph(sdl: string): LoadedSupergraph {
  const supergraph = Supergraph.build(sdl);
  const apiSchema = supergraph.apiSchema();
  return {
    apiGraphql: apiSchema.toGraphQLJSSchema(),
    urls: Object.fromEntries(supergraph.subgraphsMetadata().map((s) => [s.name, s.url])),
    internals: { apiSchema, supergraphGraphql: supergraph.schema.toGraphQLJSSchema(), planner: new QueryPlanner(supergraph) },
  };
}

/**
 * Plans a client's subscription: the planner splits it into the primary fetch (the owning subgraph's
 * subscription, with the entity keys) and the rest (entity fetches from other subgraphs). Returns
 * null when the operation is not a subscription.
 */
export function planSubscription(supergraph: LoadedSupergraph, document: DocumentNode, operationName: string | undefined, dataSources: DataSources): SubscriptionPlan | null {
  const { apiSchema, supergraphGraphql, planner } = supergraph.internals;
  const plan = planner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName }));
  if (plan.node?.kind !== 'Subscription') return null;
  const { primary, rest } = plan.node;
  const operationContext = buildOperationContext({ schema: supergraph.apiGraphql, operationDocument: document, operationName });
  return {
    primary: { serviceName: primary.serviceName, query: primary.operation, operationName: primary.operationName, variableNames: primary.variableUsages ?? [] },
    // the whole plan is executed per event, with the primary fetch answered by the event itself,
    // so the gateway's usual batching, auth forwarding and result shaping apply
    async followUp(event, request) {
      const answered: FetchNode = primary;
      const node: PlanNode = rest ? { kind: 'Sequence', nodes: [answered, rest] } : answered;
      const serviceMap = { ...dataSources, [primary.serviceName]: { process: async () => ({ data: event.data, errors: event.errors }) } };
      const requestContext = {
        request: { variables: request.variables, operationName },
        context: request.context,
        logger: log('gateway'),
        metrics: {},
        document,
        operationName: operationName ?? null,
      } as unknown as Parameters<typeof executeQueryPlan>[2];
      const queryPlan: QueryPlan = { kind: 'QueryPlan', node };
      return executeQueryPlan(queryPlan, serviceMap, requestContext, operationContext, supergraphGraphql, apiSchema);
    },
  };
}
