import { signDevToken, type Role } from '@member-graph/common/auth';
import { appDatabaseUrl } from '@member-graph/common/db';
import { type BusConfig, type EventRetryPolicy, type HttpServerTimeouts, type SubgraphConfig, DEFAULT_PORTS } from '@member-graph/common/config';
import { systemClock, type Clock } from '@member-graph/common/time';
import { readGatewayConfig } from '../../gateway/src/config';
import { startGateway, type RunningGateway } from '../../gateway/src/server';
import { ALL_SUBGRAPHS, migrateAll, SUBGRAPHS, type RunningSubgraphs, type StackSubgraph } from './subgraphs';

export { migrateAll, ALL_SUBGRAPHS, type StackSubgraph } from './subgraphs';

/** Every server's port: the gateway's and each subgraph's. */
export type StackPorts = Readonly<Record<keyof typeof DEFAULT_PORTS, number>>;

/** Options for a system in one process: `npm start` gives its ports, tests take random ones. */
export interface StackOptions {
  /** The database of every subgraph without its own entry in `databaseUrls`: a superuser's URL (the subgraphs get the app role's) or the app role's. */
  databaseUrl: string;
  /** A subgraph's own database (`<NAME>_DATABASE_URL`); separate databases need a bus that spans them. */
  databaseUrls?: Partial<Record<StackSubgraph, string>>;
  /** Listen address of every server (default 127.0.0.1). */
  host?: string;
  /** The subgraphs to start (default: all four). The gateway routes the others to a closed port. */
  subgraphs?: readonly StackSubgraph[];
  /** false: the database is already migrated (a clone of the test template). Default true. */
  migrate?: boolean;
  /** Default: DEFAULT_PORTS. */
  ports?: 'random' | StackPorts;
  production?: boolean;
  /** false: no relay/consumer/job timers (tests call `settle()`). */
  background?: boolean;
  clock?: Clock;
  gatewaySecret?: string;
  jwtSecret?: string;
  /** Bearer token every /metrics requires (default: none, open). */
  metricsToken?: string;
  /** Extra gateway environment (limits, subgraph URL overrides…). */
  gatewayEnv?: NodeJS.ProcessEnv;
  /** Subgraphs' HTTP keep-alive/headers timeouts (default: HTTP_KEEP_ALIVE_TIMEOUT_MS / HTTP_HEADERS_TIMEOUT_MS). */
  httpTimeouts?: HttpServerTimeouts;
  /** The event bus (default: the Postgres bus). */
  bus?: BusConfig;
  /** How consumers retry a failing handler before parking its event (default: DEFAULT_EVENT_RETRY). */
  eventRetry?: EventRetryPolicy;
}

/** Where the gateway sends a subgraph this stack did not start: nothing listens there, so such a query fails fast. */
const ABSENT_URL = 'http://127.0.0.1:1/graphql';

const defaults = (options: StackOptions) => ({
  jwtSecret: options.jwtSecret ?? 'dev-jwt-secret-change-me-0123456789',
  gatewaySecret: options.gatewaySecret ?? 'dev-gateway-secret-change-me',
  production: options.production ?? false,
  names: options.subgraphs ?? ALL_SUBGRAPHS,
  portOf: (name: keyof StackPorts) => (options.ports === 'random' ? 0 : (options.ports ?? DEFAULT_PORTS)[name]),
});

/**
 * Starts the chosen subgraphs in order, each connected as the least-privilege app role (created when
 * the stack's URLs are a superuser's), as in production; stops those already started when one fails.
 */
async function startSubgraphs(options: StackOptions): Promise<Partial<RunningSubgraphs>> {
  const { gatewaySecret, production, names, portOf } = defaults(options);
  const appUrls = new Map<string, string>();
  for (const url of new Set([options.databaseUrl, ...Object.values(options.databaseUrls ?? {}).filter((u): u is string => Boolean(u))])) appUrls.set(url, await appDatabaseUrl(url));
  const config = (name: StackSubgraph): SubgraphConfig => ({
    databaseUrl: appUrls.get(options.databaseUrls?.[name] ?? options.databaseUrl)!,
    host: options.host,
    gatewaySecret,
    production,
    logSql: process.env.LOG_SQL === 'true',
    metricsToken: options.metricsToken ?? '',
    port: portOf(name),
    httpTimeouts: options.httpTimeouts,
    bus: options.bus,
    eventRetry: options.eventRetry,
  });
  const started: Partial<RunningSubgraphs> = {};
  try {
    for (const name of names) {
      const start = SUBGRAPHS[name].load() as (c: SubgraphConfig, o: { clock: Clock; background?: boolean }) => Promise<unknown>;
      Object.assign(started, { [name]: await start(config(name), { clock: options.clock ?? systemClock, background: options.background }) });
    }
  } catch (error) {
    await Promise.all(Object.values(started).map((s) => s.stop()));
    throw error;
  }
  return started;
}

/** The handles by name; reading a subgraph the stack did not start throws a clear error. */
function subgraphHandles(started: Partial<RunningSubgraphs>): RunningSubgraphs {
  const handles = { ...started } as RunningSubgraphs;
  for (const name of ALL_SUBGRAPHS.filter((n) => !started[n])) {
    Object.defineProperty(handles, name, {
      enumerable: false,
      get: () => {
        throw new Error(`subgraph ${name} is not started in this stack: add it to the stack's subgraphs`);
      },
    });
  }
  return handles;
}

/** Starts the gateway over the committed supergraph, routed to the started subgraphs (others to a closed port). */
function startStackGateway(options: StackOptions, started: Partial<RunningSubgraphs>): Promise<RunningGateway> {
  const { jwtSecret, gatewaySecret, production, portOf } = defaults(options);
  const urls = ALL_SUBGRAPHS.map((n) => [`${n.toUpperCase()}_URL`, started[n]?.url ?? ABSENT_URL]);
  const env = {
    NODE_ENV: production ? 'production' : 'development',
    GATEWAY_SECRET: gatewaySecret,
    JWT_SECRET: jwtSecret,
    METRICS_TOKEN: options.metricsToken ?? '',
    ...(options.host ? { HOST: options.host } : {}),
    ...Object.fromEntries(urls),
    ...options.gatewayEnv,
  };
  return startGateway(readGatewayConfig(env), portOf('gateway'));
}

/**
 * Migrates (unless told not to), then starts the chosen subgraphs (default all) and the gateway in
 * this process. Returns their handles, `settle()` (relay the started subgraphs' outboxes and run their
 * consumers until nothing moves), `token()` and `stop()`.
 */
export async function startStack(options: StackOptions) {
  if (options.migrate ?? true) await migrateAll(options.databaseUrl, options.databaseUrls);
  const started = await startSubgraphs(options);
  const all = Object.values(started);
  let gateway: RunningGateway;
  try {
    gateway = await startStackGateway(options, started);
  } catch (error) {
    await Promise.all(all.map((s) => s.stop()));
    throw error;
  }
  const { jwtSecret } = defaults(options);
  return {
    gateway,
    subgraphs: subgraphHandles(started),
    /** Mints a token the gateway accepts. */
    token: (role: Role, sub: string, scopes: string[] = []) => signDevToken(jwtSecret, { role, sub, scopes }),
    /** Drives every relay and consumer until a full pass moves no event (a consumer may write an outbox row after its subgraph's relay ran). */
    async settle() {
      for (let pass = 0; pass < 20; pass++) {
        let moved = 0;
        for (const s of all) moved += await s.settle();
        if (moved === 0) return;
      }
      throw new Error('events did not settle after 20 passes');
    },
    async stop() {
      await gateway.stop();
      for (const s of all) await s.stop();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
