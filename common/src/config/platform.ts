import { ConfigError, readEnv, str, url, bool } from './env';
import { readBusConfig, type BusConfig } from './bus';
import { readEventRetryPolicy, type EventRetryPolicy } from './event-retry';

/** Settings every server process shares: the database, the gateway secret and the mode. */
export interface PlatformConfig {
  databaseUrl: string;
  gatewaySecret: string;
  production: boolean;
  logSql: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <token>` (a Prometheus scrape credential). */
  metricsToken: string;
  /** The address every server listens on: 127.0.0.1 for local runs, 0.0.0.0 in a container. */
  host?: string;
  /** The event bus (`BUS`, `NATS_*`); absent means the embedded Postgres bus. */
  bus?: BusConfig;
  /** How consumers retry a failing handler before parking the event (`EVENT_RETRY_*`). */
  eventRetry?: EventRetryPolicy;
}

const DEV_SECRET = 'dev-gateway-secret-change-me';

/** Reads the shared platform settings; in production the gateway secret must be set explicitly. */
export function readPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const raw = readEnv(
    {
      NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
      DATABASE_URL: url({ desc: 'Postgres connection string, e.g. postgres://user@127.0.0.1:5432/member_graph' }),
      GATEWAY_SECRET: str({ default: '', desc: 'shared secret between the gateway and the subgraphs' }),
      LOG_SQL: bool({ default: false }),
      METRICS_TOKEN: str({ default: '', desc: 'bearer token /metrics requires; empty leaves it open (behind your network boundary)' }),
      HOST: str({ default: '127.0.0.1', desc: 'listen address of every server (0.0.0.0 in a container)' }),
    },
    env,
  );
  const production = raw.NODE_ENV === 'production';
  if (production && raw.GATEWAY_SECRET.length < 16) {
    throw new ConfigError('Invalid configuration:\n  GATEWAY_SECRET must be set (16+ characters) when NODE_ENV=production');
  }
  return Object.freeze({
    databaseUrl: raw.DATABASE_URL,
    gatewaySecret: raw.GATEWAY_SECRET || DEV_SECRET,
    production,
    logSql: raw.LOG_SQL,
    metricsToken: raw.METRICS_TOKEN,
    host: raw.HOST,
    bus: readBusConfig(env),
    eventRetry: readEventRetryPolicy(env),
  });
}
