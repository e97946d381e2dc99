import path from 'node:path';
import { canConnect, ensureDatabase, readEnv, port, startEmbeddedPostgres, str, withDatabase } from '@member-graph/common';

/** Where the launcher keeps its embedded Postgres. */
export const DATA_DIR = path.join(__dirname, '..', '.data', 'pg');

/**
 * The database scripts work on: DATABASE_URL when set; otherwise the embedded Postgres under .data/
 * (reused when the launcher already runs it, started here otherwise). `stop` stops only what it started.
 */
export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
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
  if (await canConnect(server)) {
    log(`using the embedded Postgres already running on port ${env.EMBEDDED_PG_PORT}`);
    await ensureDatabase(url);
    return { url, embedded: true, stop: async () => {} };
  }
  log(`starting embedded Postgres (data in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR}, port ${env.EMBEDDED_PG_PORT})`);
  const handle = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: env.EMBEDDED_PG_PORT, log: () => {} });
  await ensureDatabase(url);
  return { url, embedded: true, stop: () => handle.stop() };
}
