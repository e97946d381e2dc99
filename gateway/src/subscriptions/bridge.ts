import { GraphQLError, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Actor } from '@member-graph/common/auth';
import { currentTrace } from '@member-graph/common/server';
import { planSubscription, type DataSources, type LoadedSupergraph, type SubscriptionPlan } from './federation-adapter';
import { openUpstream } from './upstream';
import { lateJoinable, rootFieldOf, shareKey } from './share-key.rules';
import { SharedUpstreams } from './shared-upstream';

export interface BridgeOptions {
  supergraph: LoadedSupergraph;
  /** HTTP GraphQL URL of each subgraph (its WS endpoint is the same path). */
  subgraphUrls: Record<string, string>;
  secret: string;
  /** The gateway's own data sources, for the follow-up fetches of other subgraphs' fields. */
  serviceMap: DataSources;
}

const asErrors = (error: unknown): GraphQLError[] =>
  Array.isArray(error)
    ? error.map((e: { message?: string; extensions?: Record<string, unknown> }) => new GraphQLError(e.message ?? 'Subscription failed', { extensions: e.extensions }))
    : [new GraphQLError('The subscription was interrupted; resubscribe with afterSeq to resume', { extensions: { code: 'SUBSCRIPTION_INTERRUPTED' } })];

/**
 * Executes any Subscription field any subgraph declares. The federation adapter splits the client's
 * operation into the primary fetch (the owning subgraph's subscription, with the entity keys) and a
 * follow-up (entity fetches from other subgraphs). The primary runs as an upstream graphql-ws
 * subscription; every event goes through the follow-up, so fields of any subgraph
 * (`return { customer { loyalty { tier } } }`) resolve with the gateway's usual batching, auth
 * forwarding and result shaping. Clients with the same share key (share-key.rules.ts: operation,
 * variables, and the actor as far as the subgraphs use it) share one upstream subscription and one
 * follow-up per event (shared-upstream.ts).
 */
export function createSubscriptionBridge(options: BridgeOptions) {
  // a plan depends on the document and operation name only: clients sharing a document (the WebSocket
  // server hands every subscriber of one operation text the same parsed document) share its plan
  const plans = new WeakMap<DocumentNode, Map<string, SubscriptionPlan | null>>();
  const planOf = (document: DocumentNode, operationName: string | undefined) => {
    const byName = plans.get(document) ?? new Map<string, SubscriptionPlan | null>();
    plans.set(document, byName);
    const key = operationName ?? '';
    if (!byName.has(key)) byName.set(key, planSubscription(options.supergraph, document, operationName, options.serviceMap));
    return byName.get(key)!;
  };
  const upstreams = new SharedUpstreams();
  return async function subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    // the subscription's request id (bound by the WebSocket server) goes upstream and on every follow-up fetch
    // (of a shared upstream: its first client's)
    const trace = currentTrace();
    const context = { ...(args.contextValue as { actor: Actor | null }), ...trace };
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const plan = planOf(args.document, args.operationName ?? undefined);
    if (!plan) return { errors: [new GraphQLError('Not a subscription', { extensions: { code: 'BAD_REQUEST' } })] };
    const { primary } = plan;
    const field = rootFieldOf(args.document, args.operationName, variables);
    const operation = args.document.loc?.source.body ?? print(args.document);
    const key = shareKey({ field: field.name, operation, operationName: args.operationName, variables, actor: context.actor });
    return upstreams.subscribe(key, lateJoinable(field.name, field.afterSeqGiven), () => ({
      open: () =>
        openUpstream({
          url: options.subgraphUrls[primary.serviceName],
          secret: options.secret,
          actor: context.actor,
          requestId: trace?.requestId,
          query: primary.query,
          operationName: primary.operationName,
          variables: pick(variables, primary.variableNames),
        }),
      followUp: async (event) => (event.data ? plan.followUp(event, { variables, context }) : { errors: asErrors(event.errors ?? []) }),
      failed: (error) => ({ errors: asErrors(error) }),
    }));
  };
}

const pick = (variables: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.filter((n) => n in variables).map((n) => [n, variables[n]]));
