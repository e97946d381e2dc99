import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canConnect, ensureDatabase, readEnv, port, startEmbeddedPostgres, str, withDatabase } from '@member-graph/common';

/** The launcher writes its pid here while it owns the embedded Postgres. */
const LAUNCHER_PID = path.join(__dirname, '..', '.data', 'launcher.pid');

const launcherAlive = () => {
  if (!existsSync(LAUNCHER_PID)) return false;
  const pid = Number(readFileSync(LAUNCHER_PID, 'utf8'));
  try {
    return pid !== process.pid && (process.kill(pid, 0), true);
  } catch {
    return false;
  }
};

/** Where the launcher keeps its embedded Postgres. */
export const DATA_DIR = path.join(__dirname, '..', '.data', 'pg');

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
  });
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = `postgres://postgres:member-graph@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`;
  const url = withDatabase(server, env.EMBEDDED_PG_DATABASE);
  if (mode === 'tool' && launcherAlive() && (await canConnect(server))) {
    log(`using the embedded Postgres of the running launcher (port ${env.EMBEDDED_PG_PORT})`);
    await ensureDatabase(url);
    return { url, embedded: true, stop: async () => {} };
  }
  if (mode === 'launcher' && launcherAlive()) throw new Error(`Another launcher is running (pid in ${LAUNCHER_PID}); stop it first`);
  log(`starting embedded Postgres (data in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR}, port ${env.EMBEDDED_PG_PORT})`);
  const handle = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    log: (line) => /orphan|FATAL|PANIC/.test(line) && log(line),
    onOrphan: (found) => log(found === 'stopped' ? 'stopped a Postgres orphaned by an earlier run' : 'removed a stale postmaster.pid'),
  });
  await ensureDatabase(url);
  if (mode === 'launcher') writeFileSync(LAUNCHER_PID, String(process.pid));
  return {
    url,
    embedded: true,
    stop: async () => {
      await handle.stop();
      if (mode === 'launcher') rmSync(LAUNCHER_PID, { force: true });
    },
  };
}
