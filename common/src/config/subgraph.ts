import { readEnv, port } from './env';
import { readPlatformConfig, type PlatformConfig } from './platform';
import { readHttpServerTimeouts, type HttpServerTimeouts } from './http';
import { readDatabaseAppRole, readDatabaseUrls, readMigrationDatabaseUrls } from './databases';
import { DEFAULT_PORTS, type SubgraphName, type ServerName } from './names';

export { DEFAULT_PORTS, type SubgraphName, type ServerName } from './names';

/** The environment variable holding a server's port: `GATEWAY_PORT`, `CUSTOMER_PORT`, … */
const portVariable = (name: ServerName) => `${name.toUpperCase()}_PORT`;

/** One server's port from `<NAME>_PORT`, DEFAULT_PORTS when unset. */
export function readPort(name: ServerName, env: NodeJS.ProcessEnv = process.env): number {
  const key = portVariable(name);
  return (readEnv({ [key]: port({ default: DEFAULT_PORTS[name], desc: `port of the ${name}` }) }, env) as Record<string, number>)[key];
}

/** Every server's port, for a process that runs them all (the launcher). */
export function readPorts(env: NodeJS.ProcessEnv = process.env): Readonly<Record<ServerName, number>> {
  return Object.freeze(Object.fromEntries((Object.keys(DEFAULT_PORTS) as ServerName[]).map((n) => [n, readPort(n, env)])) as Record<ServerName, number>);
}

export interface SubgraphConfig extends PlatformConfig {
  port: number;
  /** Keep-alive/headers timeouts of its HTTP server (HTTP_KEEP_ALIVE_TIMEOUT_MS, HTTP_HEADERS_TIMEOUT_MS). */
  httpTimeouts?: HttpServerTimeouts;
  /** The schema owner's URL when this process migrates (`<NAME>_MIGRATION_DATABASE_URL`, else MIGRATION_DATABASE_URL). */
  migrationDatabaseUrl?: string;
  /** The role the subgraph connects as (DATABASE_APP_ROLE). */
  databaseAppRole?: string;
}

/** A subgraph's settings: the platform's, its own database (`<NAME>_DATABASE_URL`, else DATABASE_URL) and its port (`<NAME>_PORT`). */
export function readSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const databaseUrl = readDatabaseUrls(env)[name];
  return Object.freeze({
    ...readPlatformConfig({ ...env, DATABASE_URL: databaseUrl || undefined }),
    port: readPort(name, env),
    httpTimeouts: readHttpServerTimeouts(env),
    migrationDatabaseUrl: readMigrationDatabaseUrls(env)[name] || undefined,
    databaseAppRole: readDatabaseAppRole(env),
  });
}
