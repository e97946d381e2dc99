import type http from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import {
  Kind,
  getOperationAST,
  subscribe as graphqlSubscribe,
  specifiedRules,
  GraphQLError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { createFormatError } from '../errors/format-error';
import { checkOperationInput } from '../graphql/input-hygiene';
import { SubscriptionTracker } from './track';
import { DEFAULT_WS_LIMITS, WS_CLOSE, WsConnections, type WsIdentity, type WsLimits } from './ws-limits';
import { REQUEST_ID_HEADER, acceptRequestId, runWithTrace, type RequestTrace } from '../server/request-id';
import { log } from '../log';
import { traced } from './traced';
import { PreparedOperations } from './prepared-operations';

export interface GraphqlWsOptions<A> {
  httpServer: http.Server;
  /** Validation (and, without `subscribe`, execution) schema. */
  schema: GraphQLSchema;
  /** Authenticates `connection_init`: returns what the connection carries (e.g. the actor) or throws/returns null to refuse. */
  authenticate(connectionParams: Record<string, unknown> | undefined): Promise<A | null> | A | null;
  /** The execution context of one subscription, from what `authenticate` returned. */
  context(auth: A): unknown;
  /** Custom subscribe (the gateway bridge; `args.contextValue` is what `context` built); defaults to `schema`'s resolvers. */
  subscribe?: (args: ExecutionArgs) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;
  /** Extra validation rules (the gateway's depth/alias/cost limits apply to subscriptions too). */
  validationRules?: ValidationRule[];
  /** Checks that need the operation's variables too (e.g. a cost with page sizes given as variables); errors refuse it. */
  validateWithVariables?: (document: DocumentNode, variables: Record<string, unknown>) => readonly GraphQLError[];
  /** Frame size, subscriptions per socket, sockets per user, keep-alive (defaults: DEFAULT_WS_LIMITS). */
  limits?: Partial<WsLimits>;
  /** Who a connection is and when its credentials expire (for per-user limits and the 4403 at expiry). */
  identify?: (auth: A) => WsIdentity;
  /** Parser limits (the gateway's `maxTokens`). */
  parseOptions?: ParseOptions;
  /**
   * Admits a subscription's operation before it is parsed (the gateway's trusted documents): returns the
   * document text to run (the payload's, or the one its hash names) or an error to refuse it with.
   */
  admitOperation?: (payload: { query: string; extensions?: Record<string, unknown> | null }, auth: A) => Promise<string | GraphQLError>;
  /** The server's error formatter (default: the shared one, development wording). */
  formatError?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** What graphql-ws hands every hook as `ctx.extra` with the ws adapter. */
interface SocketExtra {
  socket: import('ws').WebSocket;
}

const tooManySubscriptions = (max: number) =>
  new GraphQLError(`At most ${max} subscriptions per connection; open another connection or complete one first`, {
    extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
  });

/** The root field a subscription operation selects (a bounded label: the schema's Subscription fields). */
function rootField(args: ExecutionArgs): string {
  const first = getOperationAST(args.document, args.operationName ?? undefined)?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : 'unknown';
}

const onlySubscriptions = (): ExecutionResult => ({
  errors: [new GraphQLError('Over WebSocket only subscriptions run; send queries and mutations with HTTP POST', { extensions: { code: 'BAD_REQUEST' } })],
});

/**
 * graphql-ws on `/graphql` of an existing HTTP server (the same port and path as HTTP POST): the
 * connection is authenticated once at connection_init, every subscription is counted while live,
 * and `dispose()` closes every socket (each subscription's iterator is returned, so upstreams close).
 */
export function serveGraphqlWs<A>(options: GraphqlWsOptions<A>) {
  const tracker = new SubscriptionTracker();
  const limits: WsLimits = { ...DEFAULT_WS_LIMITS, ...options.limits };
  // a frame over maxPayload closes the socket with 1009 (Message Too Big) before it is parsed
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: limits.maxPayloadBytes });
  const connections = new WsConnections(limits);
  const authOf = new WeakMap<object, A>();
  const identityOf = new WeakMap<object, WsIdentity>();
  const formatError = options.formatError ?? createFormatError();
  // every result leaves through the same formatter as HTTP: codes kept, internals masked
  // results built by the gateway bridge may carry plain formatted errors rather than GraphQLError instances
  // each subscription has a request id (on its errors and log lines, forwarded upstream): the one the
  // connection sent as `x-request-id` in connectionParams (the gateway's, to a subgraph), else the
  // connection's random id and the client's message id
  const connectionIds = new WeakMap<object, { given?: string; random: string }>();
  const requestIdOf = (extra: object, messageId: string) => {
    const ids = connectionIds.get(extra);
    return ids?.given ?? acceptRequestId(`ws-${ids?.random ?? 'x'}.${messageId}`);
  };
  const traces = new WeakMap<ExecutionArgs, RequestTrace>();
  const format = (errors: readonly (GraphQLError | GraphQLFormattedError)[], requestId: string) =>
    errors.map((e) => {
      const error = e instanceof GraphQLError ? e : new GraphQLError(e.message, { path: e.path, extensions: e.extensions as Record<string, unknown> | undefined });
      const f = runWithTrace({ requestId }, () => formatError(error.toJSON(), error));
      return new GraphQLError(f.message, { path: f.path, extensions: f.extensions });
    });
  const prepared = new PreparedOperations(options.schema, [...specifiedRules, ...(options.validationRules ?? [])], options.parseOptions);
  const cleanup = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        try {
          const auth = await options.authenticate(ctx.connectionParams);
          if (auth === null || auth === undefined) return false;
          const identity = options.identify?.(auth) ?? {};
          if (WsConnections.expired(identity)) return false;
          if (!connections.admit((ctx.extra as SocketExtra).socket, identity)) return false;
          authOf.set(ctx.extra, auth);
          identityOf.set(ctx.extra, identity);
          const given = ctx.connectionParams?.[REQUEST_ID_HEADER];
          connectionIds.set(ctx.extra, { given: given === acceptRequestId(given) ? (given as string) : undefined, random: randomBytes(6).toString('hex') });
          return true;
        } catch {
          return false; // closes with 4403 Forbidden
        }
      },
      onSubscribe: async (ctx, message) => {
        // ctx.subscriptions already holds this one
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) return [tooManySubscriptions(limits.maxSubscriptionsPerSocket)];
        const query = options.admitOperation ? await options.admitOperation(message.payload, authOf.get(ctx.extra) as A) : message.payload.query;
        if (query instanceof GraphQLError) return [query];
        const parsed = prepared.parse(query);
        if (parsed.errors) return parsed.errors;
        const { document } = parsed;
        const unsafe = checkOperationInput(document, message.payload.variables);
        if (unsafe) return [unsafe];
        const invalid = prepared.validate(query, document, parsed.known);
        if (invalid.length) return invalid;
        const costly = options.validateWithVariables?.(document, message.payload.variables ?? {}) ?? [];
        if (costly.length) return costly.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        // a context may be built asynchronously, and may refuse the caller (a subgraph: an erased customer's ACCOUNT_ERASED)
        let contextValue: unknown;
        try {
          contextValue = await options.context(authOf.get(ctx.extra) as A);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const args: ExecutionArgs = {
          schema: options.schema,
          document,
          operationName: message.payload.operationName,
          variableValues: message.payload.variables,
          contextValue,
        };
        traces.set(args, { requestId: requestIdOf(ctx.extra, message.id) });
        return args;
      },
      execute: onlySubscriptions,
      onNext: (ctx, msg, _args, result) => {
        // an expired token delivers nothing more: closing first makes graphql-ws's send a no-op
        if (WsConnections.expired(identityOf.get(ctx.extra))) (ctx.extra as SocketExtra).socket.close(WS_CLOSE.forbidden, 'Token expired');
        return result.errors?.length ? { ...result, errors: format(result.errors, requestIdOf(ctx.extra, msg.id)) } : result;
      },
      onError: (ctx, msg, errors) => format(errors, requestIdOf(ctx.extra, msg.id)),
      // the subscription and each of its events run as part of its request (logs, SQL, upstream fetches)
      subscribe: async (args: ExecutionArgs) => {
        const trace = traces.get(args) ?? { requestId: acceptRequestId(undefined) };
        return runWithTrace(trace, async () => {
          log().debug('subscription started');
          const result = options.subscribe ? await options.subscribe(args) : await graphqlSubscribe(args);
          if (Symbol.asyncIterator in (result as object)) {
            return tracker.track(traced((result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator](), trace), rootField(args));
          }
          return result as ExecutionResult;
        });
      },
    },
    wss,
    limits.keepAliveMs,
  );
  return {
    tracker,
    /** Open WebSocket connections (authenticated or not yet). */
    connections: () => wss.clients.size,
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
