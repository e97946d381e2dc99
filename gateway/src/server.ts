import http from 'node:http';
import { readFileSync } from 'node:fs';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { applyHttpServerTimeouts } from '@member-graph/common/config';
import { createMetrics, graphqlUrl, healthRoutes, listen, requestLogPlugin } from '@member-graph/common/server';
import { log } from '@member-graph/common/log';
import { serveGraphqlWs } from '@member-graph/common/subscriptions';
import { createAuthenticator, type GatewayContext } from './auth';
import type { GatewayConfig } from './config';
import { inputHygienePlugin } from './input-hygiene';
import { compressResponses } from './http/compression';
import { corsPolicy } from './http/cors';
import { dashboardRoute } from './http/dashboard-route';
import { gatewayFormatError } from './http/format-error';
import { graphqlRoute } from './http/graphql-route';
import { servePlayground } from './http/playground-route';
import { refuseHttpSubscriptions } from './http/refuse-http-subscriptions';
import { limitRules, parseOptions } from './limits';
import { variableCostCheck, variableCostPlugin } from './http/variable-cost';
import { SubgraphDataSource, createSubgraphAgent } from './subgraph/data-source';
import { probeSubgraphs, registerSubgraphUpGauge } from './subgraph-health';
import { createSubscriptionBridge } from './subscriptions/bridge';
import { loadSupergraph } from './subscriptions/federation-adapter';
import { subgraphFetchMetrics } from './metrics/subgraph-fetch.metrics';
import { tracedFetch } from './subgraph/fetch-span';
import { graphqlSpanPlugin } from '@member-graph/common/tracing';
import { registerWebSocketMetrics } from './metrics/websocket.metrics';
import { TrustedDocuments } from './trusted-documents/trusted-documents';
import { trustedDocumentsWs } from './trusted-documents/trusted-documents.ws';

/** A running gateway. */
export interface RunningGateway {
  url: string;
  port: number;
  httpServer: http.Server;
  /** Client subscriptions currently open on this gateway. */
  activeSubscriptions(): number;
  stop(): Promise<void>;
}

/**
 * The only public entry point: composes nothing at run time (it starts from the committed supergraph,
 * so it starts while a subgraph is down), verifies the JWT once, applies limits and forwards the actor.
 */
export async function startGateway(config: GatewayConfig, port = config.port): Promise<RunningGateway> {
  // @apollo/gateway otherwise probes cloud metadata endpoints and exports usage metrics to Apollo:
  // a CRM holding member data sends nothing to third parties unless an operator wires it up.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const supergraph = loadSupergraph(supergraphSdl);
  const subgraphUrls = { ...supergraph.urls, ...config.subgraphUrls };
  // one data source per subgraph, shared by query execution and the subscription follow-ups
  const agent = createSubgraphAgent(config.subgraphHttp);
  let activeSubscriptions = () => 0;
  const metrics = createMetrics('gateway', () => activeSubscriptions());
  const observe = tracedFetch(subgraphFetchMetrics(metrics.registry, Object.keys(subgraphUrls)));
  const endpoint = (name: string, url: string) => ({ name, url, secret: config.gatewaySecret, agent, timeoutMs: config.subgraphHttp.timeoutMs[name] ?? 10_000, observe });
  const dataSources = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [name, new SubgraphDataSource(endpoint(name, url))]));
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => dataSources[name],
    logger: log('gateway'),
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(compressResponses());
  const httpServer = http.createServer(app);
  applyHttpServerTimeouts(httpServer, config.httpTimeouts); // clients' and load balancers' idle sockets are closed by them, not by us
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: gatewayFormatError(config),
    logger: log('gateway'),
    parseOptions: parseOptions(config),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // the process owner (runMain, the launcher) stops servers in order on SIGINT/SIGTERM; Apollo's own
    // handlers would stop this one alone and re-raise the signal, racing that order
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    validationRules: limitRules(config),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      requestLogPlugin('gateway'),
      graphqlSpanPlugin,
      inputHygienePlugin,
      variableCostPlugin(config),
      refuseHttpSubscriptions,
      ApolloServerPluginLandingPageDisabled(), // development serves the offline playground instead (servePlayground)
      ApolloServerPluginCacheControlDisabled(), // no cache hints are set or read anywhere (nor by the subgraphs)
    ],
  });
  await apollo.start();
  const authenticate = createAuthenticator(config);
  const variableCost = variableCostCheck(config);
  const trusted = TrustedDocuments.load(config.trustedDocuments, parseOptions(config));
  // subscriptions: graphql-ws on the same /graphql; a valid token is required at connection_init
  const ws = serveGraphqlWs<GatewayContext>({
    httpServer,
    schema: supergraph.apiGraphql,
    authenticate: async (params) => {
      const auth = typeof params?.authorization === 'string' ? params.authorization : undefined;
      const context = await authenticate(auth);
      return context.actor ? context : null;
    },
    identify: (context) => ({ user: context.actor ? `${context.actor.role}:${context.actor.id}` : undefined, expiresAt: context.expiresAt }),
    limits: config.ws,
    context: (context) => context,
    subscribe: createSubscriptionBridge({ supergraph, subgraphUrls, secret: config.gatewaySecret, serviceMap: dataSources }),
    validationRules: limitRules(config),
    validateWithVariables: (document, variables) => variableCost(supergraph.apiGraphql, document, variables),
    parseOptions: parseOptions(config),
    formatError: gatewayFormatError(config),
    admitOperation: trustedDocumentsWs(trusted),
  });
  activeSubscriptions = () => ws.tracker.active;
  registerWebSocketMetrics(metrics.registry, () => ws, Object.keys(supergraph.apiGraphql.getSubscriptionType()?.getFields() ?? {}));
  metrics.route(app, config.metricsToken);
  registerSubgraphUpGauge(metrics.registry, subgraphUrls);
  // ready = this process serves its supergraph (until it starts draining); subgraphs are detail, not a gate
  let draining = false;
  healthRoutes(
    app,
    async () => ({ supergraph: !draining }),
    async () => ({ subgraphs: await probeSubgraphs(subgraphUrls) }),
  );
  app.use('/graphql', corsPolicy(config.cors));
  if (!config.production) servePlayground(app);
  app.use('/graphql', ...graphqlRoute(config, apollo, authenticate, trusted));
  app.use('/dashboard', dashboardRoute());
  const actual = await listen(httpServer, 'gateway', port, config.host);
  return {
    url: graphqlUrl(config.host, actual),
    port: actual,
    httpServer,
    activeSubscriptions: () => ws.tracker.active,
    stop: async () => {
      draining = true;
      await ws.dispose();
      await apollo.stop();
      await agent.close();
    },
  };
}
