import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { operationFromDocument } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { Actor } from '@member-graph/common/auth';
import type { LoadedSupergraph } from './supergraph';
import { openUpstream } from './upstream';

export interface BridgeOptions {
  supergraph: LoadedSupergraph;
  /** HTTP GraphQL URL of each subgraph (its WS endpoint is the same path). */
  subgraphUrls: Record<string, string>;
  secret: string;
  /** The gateway's own data sources, for the follow-up fetches of other subgraphs' fields. */
  serviceMap: ServiceMap;
}

const asErrors = (error: unknown): GraphQLError[] =>
  Array.isArray(error)
    ? error.map((e: { message?: string; extensions?: Record<string, unknown> }) => new GraphQLError(e.message ?? 'Subscription failed', { extensions: e.extensions }))
    : [new GraphQLError('The subscription was interrupted; resubscribe with afterSeq to resume', { extensions: { code: 'SUBSCRIPTION_INTERRUPTED' } })];

/**
 * Executes any Subscription field any subgraph declares. The query planner splits the client's
 * operation into the primary fetch (the owning subgraph's subscription, with the entity keys) and
 * the rest (entity fetches from other subgraphs). The primary runs as an upstream graphql-ws
 * subscription; for every event the gateway executes the whole plan with the primary fetch answered
 * by the event, so fields of any subgraph (`return { customer { loyalty { tier } } }`) resolve with
 * the gateway's usual batching, auth forwarding and result shaping.
 */
export function createSubscriptionBridge(options: BridgeOptions) {
  const { supergraph } = options;
  return async function subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as { actor: Actor | null };
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const operationName = args.operationName ?? undefined;
    const operation = operationFromDocument(supergraph.apiSchema, args.document, { operationName });
    const plan = supergraph.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== 'Subscription') {
      return { errors: [new GraphQLError('Not a subscription', { extensions: { code: 'BAD_REQUEST' } })] };
    }
    const { primary, rest } = plan.node;
    const url = options.subgraphUrls[primary.serviceName];
    const upstream = openUpstream({
      url,
      secret: options.secret,
      actor: context.actor,
      query: primary.operation,
      operationName: primary.operationName,
      variables: pick(variables, primary.variableUsages),
    });
    const operationContext = buildOperationContext({ schema: supergraph.apiGraphql, operationDocument: args.document, operationName });
    const followUp = async (event: ExecutionResult): Promise<ExecutionResult> => {
      if (!event.data) return { errors: asErrors(event.errors ?? []) };
      const answered: FetchNode = primary;
      const node: PlanNode = rest ? { kind: 'Sequence', nodes: [answered, rest] } : answered;
      const serviceMap: ServiceMap = {
        ...options.serviceMap,
        [primary.serviceName]: { process: async () => ({ data: event.data, errors: event.errors }) },
      };
      const requestContext = {
        request: { variables, operationName },
        context,
        logger: console,
        metrics: {},
        document: args.document,
        operationName: operationName ?? null,
      } as unknown as GatewayGraphQLRequestContext;
      const queryPlan: QueryPlan = { kind: 'QueryPlan', node };
      return executeQueryPlan(queryPlan, serviceMap, requestContext, operationContext, supergraph.supergraphGraphql, supergraph.apiSchema);
    };
    return mapEvents(upstream, followUp);
  };
}

const pick = (variables: Record<string, unknown>, names: string[] | undefined) =>
  Object.fromEntries((names ?? []).filter((n) => n in variables).map((n) => [n, variables[n]]));

/** Maps each upstream event; an upstream failure becomes one error result and the end of the stream. */
function mapEvents(upstream: AsyncIterableIterator<ExecutionResult>, map: (e: ExecutionResult) => Promise<ExecutionResult>): AsyncIterableIterator<ExecutionResult> {
  let ended = false;
  return {
    async next() {
      if (ended) return { value: undefined, done: true };
      try {
        const result = await upstream.next();
        if (result.done) {
          ended = true;
          return result;
        }
        return { value: await map(result.value), done: false };
      } catch (error) {
        ended = true;
        await upstream.return?.();
        return { value: { errors: asErrors(error) }, done: false };
      }
    },
    async return() {
      ended = true;
      await upstream.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      ended = true;
      await upstream.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
