import http from 'node:http';
import express, { type Express } from 'express';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { ACTOR_HEADER, SECRET_HEADER, decodeActor, requireGatewaySecret, secretMatches, type Actor } from '../auth';
import { serveGraphqlWs } from '../subscriptions/ws-server';
import { createFormatError } from '../errors';
import { applyHttpServerTimeouts, type HttpServerTimeouts } from '../config/http';
import { jsonBody } from './json-body';
import { assignRequestId, bindRequestTrace, traceOf } from './request-id';
import { healthRoutes, type ReadinessCheck } from './health';
import { createMetrics } from './metrics';
import { requestLogPlugin } from './request-log';
import { log } from '../log';
import { graphqlSpanPlugin, traceRequests } from '../tracing/spans';
import { graphqlUrl, listen } from './listen';

export interface SubgraphServerOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  gatewaySecret: string;
  production: boolean;
  /** Bearer token /metrics requires (empty: open). */
  metricsToken?: string;
  /** Builds the per-request context (actor + fresh loaders) from the forwarded actor. */
  context: (actor: Actor | null) => C | Promise<C>;
  ready: ReadinessCheck;
  /** Serve the schema's Subscription fields over graphql-ws on /graphql (secret + actor in connectionParams). */
  subscriptions?: boolean;
  /** Keep-alive and headers timeouts; default `readHttpServerTimeouts()` (above the gateway's pool idle time). */
  httpTimeouts?: HttpServerTimeouts;
}

/** A running HTTP server and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A subgraph's HTTP server: /health and /ready are open; /graphql refuses any request without the
 * gateway secret before parsing it, then runs Apollo Server with the shared error formatter.
 */
export async function createSubgraphServer<C extends BaseContext>(options: SubgraphServerOptions<C>) {
  const app: Express = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  applyHttpServerTimeouts(httpServer, options.httpTimeouts);
  let ws: ReturnType<typeof serveGraphqlWs> | null = null;
  const metrics = createMetrics(options.name, () => ws?.tracker.active ?? 0);
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    formatError: createFormatError({ production: options.production, part: options.name }),
    logger: log(options.name),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // the process owner (runMain, the launcher) stops servers in order on SIGINT/SIGTERM; Apollo's own
    // handlers would stop this one alone and re-raise the signal, racing that order
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // cache control is Apollo's default and wraps every field resolver to compute cache hints that no
    // client, cache or gateway here reads (issue 11's profiles): off, like the inline traces
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      metrics.plugin,
      graphqlSpanPlugin,
      requestLogPlugin(options.name),
    ],
  });
  await apollo.start();
  // upstream subscriptions from the gateway: refused at connection_init without the shared secret
  ws = options.subscriptions
    ? serveGraphqlWs<{ actor: Actor | null }>({
        httpServer,
        schema: options.schema,
        authenticate: (params) =>
          secretMatches(options.gatewaySecret, params?.[SECRET_HEADER]) ? { actor: decodeActor(params?.[ACTOR_HEADER] as string | undefined) } : null,
        context: ({ actor }) => options.context(actor),
      })
    : null;
  healthRoutes(app, options.ready);
  metrics.route(app, options.metricsToken);
  app.use(
    '/graphql',
    assignRequestId,
    requireGatewaySecret(options.gatewaySecret),
    ...jsonBody('1mb'),
    bindRequestTrace,
    traceRequests(options.name),
    expressMiddleware(apollo, {
      // the gateway's request id rides on the context (and `requestId()`) for logging
      context: async ({ req, res }) => Object.assign(await options.context(decodeActor(req.header(ACTOR_HEADER))), { requestId: traceOf(res).requestId }),
    }),
  );
  return {
    app,
    httpServer,
    /** This server's Prometheus registry (the runtime adds its event and pool metrics). */
    registry: metrics.registry,
    /** Live upstream subscriptions (0 when subscriptions are off). */
    activeSubscriptions: () => ws?.tracker.active ?? 0,
    async listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      const actual = await listen(httpServer, options.name, port, host);
      return {
        url: graphqlUrl(host, actual),
        port: actual,
        stop: async () => {
          await ws?.dispose();
          await apollo.stop();
        },
      };
    },
  };
}
