import path from 'node:path';
import { num, str } from '@member-graph/common/config';
import { readEnv, readPlatformConfig, readPort, SUBGRAPH_NAMES } from '@member-graph/common/config';

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
  limits: { maxDepth: number; maxAliases: number; maxCost: number };
}

const DEV_JWT_SECRET = 'dev-jwt-secret-change-me-0123456789';

/** Reads the gateway's environment once; in production a JWT secret or JWKS URL must be given. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const platform = readPlatformConfig({ DATABASE_URL: 'postgres://unused@127.0.0.1/unused', ...env });
  const urlSpec = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, str({ default: '', desc: `overrides the ${n} URL written in the supergraph` })]),
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
      MAX_QUERY_COST: num({ default: 20000 }),
      ...urlSpec,
    },
    env,
  ) as unknown as Record<string, string | number>;
  if (platform.production && !raw.JWT_SECRET && !raw.JWKS_URL) {
    throw new Error('Invalid configuration:\n  JWT_SECRET or JWKS_URL must be set when NODE_ENV=production');
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
    limits: { maxDepth: raw.MAX_QUERY_DEPTH as number, maxAliases: raw.MAX_ALIASES as number, maxCost: raw.MAX_QUERY_COST as number },
  });
}
