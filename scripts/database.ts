import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { port, str } from '@member-graph/common/config';
import { readDatabaseUrls, readEnv, readMigrationDatabaseUrls, SUBGRAPH_NAMES, type SubgraphName } from '@member-graph/common/config';
import { appDatabaseUrl, canConnect, ensureDatabase, isProcessAlive, startEmbeddedPostgres, withDatabase } from '@member-graph/common/db';

/** The launcher writes its pid next to the data dir while it owns the embedded Postgres. */
const launcherPidFile = (dataDir: string) => path.join(path.dirname(dataDir), 'launcher.pid');

const launcherAlive = (pidFile: string) => {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  return pid !== process.pid && isProcessAlive(pid);
};

/** The repository root, whether this runs from scripts/ or compiled from dist/scripts/. */
const ROOT = path.join(__dirname, '..', path.basename(path.join(__dirname, '..')) === 'dist' ? '..' : '.');

/** Where the launcher keeps its embedded Postgres unless EMBEDDED_PG_DIR says otherwise. */
export const DATA_DIR = path.join(ROOT, '.data', 'pg');

/**
 * The database scripts work on: DATABASE_URL when set; otherwise the embedded Postgres under .data/.
 * A tool (import, migrate) reuses the one a running launcher owns; the launcher itself, or a tool with
 * no launcher running, starts it (clearing a postmaster orphaned by a killed run). `stop` stops only
 * what this process started.
 */
export async function resolveDatabase(
  log: (line: string) => void = () => {},
  mode: 'launcher' | 'tool' = 'tool',
): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  const env = readEnv({
    DATABASE_URL: str({ default: '' }),
    EMBEDDED_PG_PORT: port({ default: 54329, desc: 'port of the embedded Postgres used when DATABASE_URL is not set' }),
    EMBEDDED_PG_DATABASE: str({ default: 'member_graph' }),
    EMBEDDED_PG_DIR: str({ default: DATA_DIR, desc: 'data directory of the embedded Postgres used when DATABASE_URL is not set' }),
  });
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR);
  const pidFile = launcherPidFile(dataDir);
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = `postgres://postgres:member-graph@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`;
  const url = withDatabase(server, env.EMBEDDED_PG_DATABASE);
  if (mode === 'tool' && launcherAlive(pidFile) && (await canConnect(server))) {
    log(`using the embedded Postgres of the running launcher (port ${env.EMBEDDED_PG_PORT})`);
    await ensureDatabase(url);
    return { url, embedded: true, stop: async () => {} };
  }
  if (mode === 'launcher' && launcherAlive(pidFile)) throw new Error(`Another launcher is running (pid in ${pidFile}); stop it first`);
  log(`starting embedded Postgres (data in ${path.relative(process.cwd(), dataDir) || dataDir}, port ${env.EMBEDDED_PG_PORT})`);
  const handle = await startEmbeddedPostgres({
    dataDir,
    port: env.EMBEDDED_PG_PORT,
    log: (line) => /orphan|FATAL|PANIC|cannot enter/.test(line) && log(line),
    onOrphan: (found) => log(found === 'stopped' ? 'stopped a Postgres orphaned by an earlier run' : 'removed a stale postmaster.pid'),
  });
  await ensureDatabase(url);
  if (mode === 'launcher') {
    mkdirSync(path.dirname(pidFile), { recursive: true }); // the data may live elsewhere (root, private folder)
    writeFileSync(pidFile, String(process.pid));
  }
  return {
    url,
    embedded: true,
    stop: async () => {
      await handle.stop();
      if (mode === 'launcher') rmSync(pidFile, { force: true });
    },
  };
}

/**
 * Every subgraph's database for a process that works on all of them (the launcher, `npm run migrate`):
 * `<NAME>_DATABASE_URL` where set, else the database `resolveDatabase` gives (not started when every
 * subgraph has its own). Each one is created if missing.
 */
export async function resolveSubgraphDatabases(log: (line: string) => void = () => {}, mode: 'launcher' | 'tool' = 'tool') {
  const own = readDatabaseUrls(process.env, '');
  const needsFallback = Object.values(own).some((url) => !url);
  const fallback = needsFallback ? await resolveDatabase(log, mode) : { url: '', embedded: false, stop: async () => {} };
  const urls = readDatabaseUrls(process.env, fallback.url) as Record<SubgraphName, string>;
  for (const url of new Set(Object.values(urls))) if (url !== fallback.url) await ensureDatabase(url);
  return { ...fallback, url: fallback.url || urls.customer, urls };
}

/**
 * The URL each subgraph's migrations connect as: `<NAME>_MIGRATION_DATABASE_URL`, else
 * MIGRATION_DATABASE_URL, else the subgraph's database URL (a superuser's: the owner role is then used).
 */
export function migrationUrlsOf(urls: Readonly<Record<SubgraphName, string>>): Record<SubgraphName, string> {
  const owner = readMigrationDatabaseUrls();
  return Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, owner[n] || urls[n]])) as Record<SubgraphName, string>;
}

/** The URL each subgraph connects as: the app role's (created when `urls` are a superuser's), else the URL given. */
export async function appUrlsOf(urls: Readonly<Record<SubgraphName, string>>, appRole: string): Promise<Record<SubgraphName, string>> {
  const app = new Map<string, string>();
  for (const url of new Set(Object.values(urls))) app.set(url, await appDatabaseUrl(url, appRole));
  return Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, app.get(urls[n])!])) as Record<SubgraphName, string>;
}
