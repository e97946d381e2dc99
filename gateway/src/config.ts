import path from 'node:path';
import { bool, ConfigError, num, str } from '@member-graph/common/config';
import { DEFAULT_WS_LIMITS, type WsLimits } from '@member-graph/common/subscriptions';
import { parseCorsOrigins, type CorsConfig } from './http/cors';
import { readTrustedDocumentsConfig, type TrustedDocumentsConfig } from './trusted-documents/trusted-documents.config';
import { readEnv, readHttpServerTimeouts, readPlatformConfig, readPort, SUBGRAPH_NAMES, type HttpServerTimeouts } from '@member-graph/common/config';

/** The subgraphs the gateway routes to, in composition order. */
export { SUBGRAPH_NAMES };

export interface GatewayConfig {
  port: number;
  /** Listen address (HOST). */
  host: string;
  production: boolean;
  gatewaySecret: string;
  /** Bearer token /metrics requires (empty: open). */
  metricsToken: string;
  jwt: { kind: 'hs256'; secret: string; issuer?: string; audience?: string } | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };
  /** URL overrides by subgraph name; subgraphs not named here are reached at the URL the supergraph gives. */
  subgraphUrls: Record<string, string>;
  supergraphPath: string;
  /** graphql-ws limits: frame size, subscriptions per socket, sockets per user, keep-alive. */
  ws: WsLimits;
  limits: OperationLimits;
  /** The gateway's path to the subgraphs: per-subgraph fetch timeout and the keep-alive pool. */
  subgraphHttp: SubgraphHttpConfig;
  /** Operations run at once by this process, and how long the others may queue (MAX_CONCURRENT_OPERATIONS, OPERATION_QUEUE_WAIT_MS). */
  admission: { maxConcurrent: number; queueWaitMs: number };
  /** Keep-alive/headers timeouts of the gateway's own HTTP server (above any load balancer's idle time). */
  httpTimeouts: HttpServerTimeouts;
  /** Browser origins allowed to call /graphql (CORS_ORIGINS, CORS_CREDENTIALS, CORS_MAX_AGE_SECONDS). */
  cors: CorsConfig;
  /** Which operations customers may run (TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_STAFF, TRUSTED_DOCUMENTS_MANIFEST). */
  trustedDocuments: TrustedDocumentsConfig;
}

/** Refusals before execution (see README "Errors and limits"). */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Parser tokens per document (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Characters of the operation text. */
  maxChars: number;
}

export interface SubgraphHttpConfig {
  /** Fetch timeout by subgraph name (`<NAME>_TIMEOUT_MS`, default `SUBGRAPH_TIMEOUT_MS`). */
  timeoutMs: Record<string, number>;
  /** A pooled idle socket is closed after this; must stay below the subgraphs' HTTP_KEEP_ALIVE_TIMEOUT_MS. */
  poolIdleMs: number;
  /** Sockets per subgraph origin. */
  connections: number;
}

const DEV_JWT_SECRET = 'dev-jwt-secret-change-me-0123456789';

/** Reads the gateway's environment once; in production a JWT secret or JWKS URL must be given. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const platform = readPlatformConfig({ DATABASE_URL: 'postgres://unused@127.0.0.1/unused', ...env });
  const urlSpec = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, str({ default: '', desc: `overrides the ${n} URL written in the supergraph` })]),
  );
  const timeoutSpec = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_TIMEOUT_MS`, num({ default: 0, desc: `fetch timeout of the ${n} subgraph (0: SUBGRAPH_TIMEOUT_MS)` })]),
  );
  const raw = readEnv(
    {
      JWT_SECRET: str({ default: '' }),
      JWKS_URL: str({ default: '' }),
      JWT_ISSUER: str({ default: '' }),
      JWT_AUDIENCE: str({ default: '' }),
      SUPERGRAPH_PATH: str({ default: path.join(__dirname, '..', 'supergraph.graphql') }),
      MAX_QUERY_DEPTH: num({ default: 12 }),
      MAX_ALIASES: num({ default: 30 }),
      MAX_QUERY_COST: num({ default: 75000 }),
      WS_MAX_PAYLOAD_BYTES: num({ default: DEFAULT_WS_LIMITS.maxPayloadBytes }),
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: num({ default: DEFAULT_WS_LIMITS.maxSubscriptionsPerSocket }),
      WS_MAX_SOCKETS_PER_USER: num({ default: DEFAULT_WS_LIMITS.maxSocketsPerUser }),
      WS_KEEPALIVE_MS: num({ default: DEFAULT_WS_LIMITS.keepAliveMs }),
      MAX_QUERY_TOKENS: num({ default: 2000 }),
      MAX_QUERY_CHARS: num({ default: 20000 }),
      SUBGRAPH_TIMEOUT_MS: num({ default: 10_000 }),
      SUBGRAPH_POOL_IDLE_MS: num({ default: 30_000 }),
      SUBGRAPH_CONNECTIONS: num({ default: 128 }),
      MAX_CONCURRENT_OPERATIONS: num({ default: 64 }),
      OPERATION_QUEUE_WAIT_MS: num({ default: 60_000 }),
      CORS_ORIGINS: str({ default: '' }),
      CORS_CREDENTIALS: bool({ default: false }),
      CORS_MAX_AGE_SECONDS: num({ default: 600 }),
      ...urlSpec,
      ...timeoutSpec,
    },
    env,
  ) as unknown as Record<string, string | number>;
  if (platform.production && !raw.JWT_SECRET && !raw.JWKS_URL) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET or JWKS_URL must be set when NODE_ENV=production');
  }
  const claims = { issuer: (raw.JWT_ISSUER as string) || undefined, audience: (raw.JWT_AUDIENCE as string) || undefined };
  return Object.freeze({
    port: readPort('gateway', env),
    host: platform.host ?? '127.0.0.1',
    production: platform.production,
    gatewaySecret: platform.gatewaySecret,
    metricsToken: platform.metricsToken,
    jwt: raw.JWKS_URL
      ? { kind: 'jwks' as const, jwksUrl: raw.JWKS_URL as string, ...claims }
      : { kind: 'hs256' as const, secret: (raw.JWT_SECRET as string) || DEV_JWT_SECRET, ...claims },
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((n) => [n, raw[`${n.toUpperCase()}_URL`] as string]).filter(([, url]) => url),
    ),
    supergraphPath: raw.SUPERGRAPH_PATH as string,
    ws: {
      maxPayloadBytes: positive(raw, 'WS_MAX_PAYLOAD_BYTES'),
      maxSubscriptionsPerSocket: positive(raw, 'WS_MAX_SUBSCRIPTIONS_PER_SOCKET'),
      maxSocketsPerUser: positive(raw, 'WS_MAX_SOCKETS_PER_USER'),
      keepAliveMs: raw.WS_KEEPALIVE_MS as number,
    },
    limits: {
      maxDepth: raw.MAX_QUERY_DEPTH as number,
      maxAliases: raw.MAX_ALIASES as number,
      maxCost: raw.MAX_QUERY_COST as number,
      maxTokens: raw.MAX_QUERY_TOKENS as number,
      maxChars: raw.MAX_QUERY_CHARS as number,
    },
    subgraphHttp: {
      timeoutMs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, (raw[`${n.toUpperCase()}_TIMEOUT_MS`] as number) || (raw.SUBGRAPH_TIMEOUT_MS as number)])),
      poolIdleMs: raw.SUBGRAPH_POOL_IDLE_MS as number,
      connections: raw.SUBGRAPH_CONNECTIONS as number,
    },
    admission: { maxConcurrent: raw.MAX_CONCURRENT_OPERATIONS as number, queueWaitMs: raw.OPERATION_QUEUE_WAIT_MS as number },
    httpTimeouts: readHttpServerTimeouts(env),
    cors: { origins: parseCorsOrigins(raw.CORS_ORIGINS as string), credentials: raw.CORS_CREDENTIALS as unknown as boolean, maxAgeSeconds: raw.CORS_MAX_AGE_SECONDS as number },
    trustedDocuments: readTrustedDocumentsConfig(env, platform.production),
  });
}

/** A limit that must be a whole number of at least 1 (0 would refuse everything). */
function positive(raw: Record<string, string | number>, name: string): number {
  const value = raw[name] as number;
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`Invalid configuration:\n  ${name} must be a whole number of at least 1`);
  return value;
}
