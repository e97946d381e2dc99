import { readBusConfig } from './bus';
import { ConfigError, readEnv, str, url } from './env';
import type { SubgraphName as Subgraph } from './names';

/** Every subgraph, in composition order; each owns a database (its own when `<NAME>_DATABASE_URL` is set). */
export const SUBGRAPH_NAMES: readonly Subgraph[] = ['customer', 'loyalty', 'service', 'marketing'];

/** The environment variable holding a subgraph's own database: `CUSTOMER_DATABASE_URL`, … */
export const databaseVariable = (name: Subgraph) => `${name.toUpperCase()}_DATABASE_URL`;

/**
 * Every subgraph's database: `<NAME>_DATABASE_URL`, falling back to `fallback` (DATABASE_URL). Separate
 * databases cannot share the Postgres bus's `bus.events` table, so they are refused unless `BUS=nats`.
 */
export function readDatabaseUrls(env: NodeJS.ProcessEnv = process.env, fallback = env.DATABASE_URL ?? ''): Readonly<Record<Subgraph, string>> {
  const raw = readEnv(
    Object.fromEntries(SUBGRAPH_NAMES.map((n) => [databaseVariable(n), url({ default: undefined, desc: `the ${n} subgraph's own database` })])),
    env,
  ) as unknown as Record<string, string | undefined>;
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, raw[databaseVariable(n)] || fallback])) as Record<Subgraph, string>;
  const distinct = new Set(Object.values(urls).filter(Boolean));
  // BUS is read in one place (bus.ts), with its validation
  if (distinct.size > 1 && readBusConfig(env).kind !== 'nats') {
    const named = SUBGRAPH_NAMES.filter((n) => raw[databaseVariable(n)]).map(databaseVariable).join(', ');
    throw new ConfigError(
      `Invalid configuration:\n  ${named} put subgraphs on separate databases, which the Postgres bus cannot span (bus.events lives in one database); set BUS=nats or use one DATABASE_URL`,
    );
  }
  return Object.freeze(urls);
}

/** The environment variable holding the owner's URL of a subgraph's database: `CUSTOMER_MIGRATION_DATABASE_URL`, … */
export const migrationDatabaseVariable = (name: Subgraph) => `${name.toUpperCase()}_MIGRATION_DATABASE_URL`;

/**
 * Every subgraph's migration URL (the schema owner): `<NAME>_MIGRATION_DATABASE_URL`, else
 * `MIGRATION_DATABASE_URL`, else '' (the process migrates with its own URL only if that is a superuser's).
 */
export function readMigrationDatabaseUrls(env: NodeJS.ProcessEnv = process.env): Readonly<Record<Subgraph, string>> {
  const spec = { MIGRATION_DATABASE_URL: url({ default: undefined, desc: 'the schema owner every migration connects as' }) };
  const raw = readEnv(
    { ...spec, ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [migrationDatabaseVariable(n), url({ default: undefined, desc: `the owner of the ${n} subgraph's database` })])) },
    env,
  ) as unknown as Record<string, string | undefined>;
  return Object.freeze(Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, raw[migrationDatabaseVariable(n)] || raw.MIGRATION_DATABASE_URL || ''])) as Record<Subgraph, string>);
}

/** DATABASE_APP_ROLE: the role the subgraphs connect as, granted its rights by every migration (default member_graph_app). */
export function readDatabaseAppRole(env: NodeJS.ProcessEnv = process.env): string {
  return readEnv(
    { DATABASE_APP_ROLE: str({ default: 'member_graph_app', desc: 'the least-privilege role subgraphs connect as (lower-case identifier)' }) },
    env,
  ).DATABASE_APP_ROLE;
}
