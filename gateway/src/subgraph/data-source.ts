import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { ACTOR_HEADER, SECRET_HEADER, encodeActor } from '@member-graph/common/auth';
import { REQUEST_ID_HEADER, TRACEPARENT_HEADER, currentTrace } from '@member-graph/common/server';
import { log } from '@member-graph/common/log';
import { injectTraceContext } from '@member-graph/common/tracing';
import type { GatewayContext } from '../auth';
import type { SubgraphHttpConfig } from '../config';
import type { FetchObserver } from '../metrics/subgraph-fetch.metrics';
import { subgraphFetcher } from './fetcher';
import { SubgraphUnavailable, isConnectionReset, isQuery, isSubgraphUnavailable, missingPaths, unavailableResponse } from './failure';

/** What a subgraph call answers (the router's response type, taken from the data source this extends). */
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * The keep-alive pool the gateway reaches subgraphs through. An idle socket is closed by the gateway
 * after `poolIdleMs`, below the subgraphs' HTTP_KEEP_ALIVE_TIMEOUT_MS (and below any shorter
 * `Keep-Alive: timeout` a subgraph announces), so a request is not sent on a socket being closed.
 */
export const createSubgraphAgent = (config: SubgraphHttpConfig) =>
  new Agent({ keepAliveTimeout: config.poolIdleMs, keepAliveMaxTimeout: config.poolIdleMs, connections: config.connections });

/** Where and how one subgraph is called. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
  secret: string;
  timeoutMs: number;
  agent: Agent;
  /** Wraps each call (latency and error metrics, the fetch span); none: the call as is. */
  observe?: FetchObserver;
}

/**
 * The gateway's one path to a subgraph: the shared secret, the verified actor, the request id and
 * W3C traceparent (headers built from scratch: nothing a client sent reaches a subgraph), a fetch
 * timeout (subgraphFetcher), one retry of a query whose connection was reset (never a mutation), and failures (refused,
 * reset, timeout, 5xx) turned into SERVICE_UNAVAILABLE + retryable errors at the missing fields' paths,
 * so the rest of the operation still answers.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly endpoint: SubgraphEndpoint;

  constructor(endpoint: SubgraphEndpoint) {
    // no subgraph sets cache hints (cache control is off everywhere): skip reading them per call
    super({ url: endpoint.url, fetcher: subgraphFetcher(endpoint.agent, endpoint.timeoutMs), honorSubgraphCacheControlHeader: false });
    this.endpoint = endpoint;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers) return;
    for (const name of [ACTOR_HEADER, REQUEST_ID_HEADER, TRACEPARENT_HEADER]) headers.delete(name);
    headers.set(SECRET_HEADER, this.endpoint.secret);
    if ('actor' in context && context.actor) headers.set(ACTOR_HEADER, encodeActor(context.actor));
    const trace = ('requestId' in context && context.requestId ? context : undefined) ?? currentTrace();
    if (trace?.requestId) headers.set(REQUEST_ID_HEADER, trace.requestId);
    if (trace?.traceparent) headers.set(TRACEPARENT_HEADER, trace.traceparent);
    injectTraceContext(headers); // tracing on: the fetch span's own traceparent (same trace id) replaces it
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { observe, name } = this.endpoint;
    return observe ? observe(name, () => this.send(options)) : this.send(options);
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request } = options;
    const document = options.kind === 'incoming operation' ? options.document : undefined;
    try {
      try {
        return await super.process(options);
      } catch (error) {
        if (!isConnectionReset(error) || !isQuery(request.query ?? '', document, request.operationName)) throw error;
        return await super.process(options); // once: the socket was closed under us, the query did not run
      }
    } catch (error) {
      if (!isSubgraphUnavailable(error)) throw error;
      log('gateway').warn({ subgraph: this.endpoint.name, err: error }, `subgraph ${this.endpoint.name} did not answer; its fields get SERVICE_UNAVAILABLE`);
      return unavailableResponse(this.endpoint.name, missingPaths(request.query ?? '', document, request.variables)) as SubgraphResponse;
    }
  }

  /**
   * A subgraph answering non-2xx: relay the subgraph's own coded error (e.g. BAD_USER_INPUT for a
   * malformed Money or DateTimeISO variable, which the gateway cannot check) without its URL or
   * body; 5xx means unavailable (retryable); anything else is an internal error (a 401 here means
   * the gateway secret is misconfigured).
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: string; extensions?: { code?: unknown } }[] } | null;
    const first = body?.errors?.[0];
    if (response.status === 400 && typeof first?.extensions?.code === 'string' && first.message) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    if (response.status >= 500) return new SubgraphUnavailable(`${this.endpoint.name} answered ${response.status}`) as unknown as GraphQLError;
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
