import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canConnect } from '../db/admin';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded';
import { freePort } from './free-port';

/**
 * Jest global setup: use DATABASE_URL when set (and reachable); otherwise start a throwaway embedded
 * Postgres for this run. Each test file then creates its own database on that server.
 */
export async function chooseTestServer() {
  if (process.env.DATABASE_URL) {
    if (!(await canConnect(process.env.DATABASE_URL))) {
      throw new Error(`DATABASE_URL is set but Postgres does not answer there: ${process.env.DATABASE_URL}`);
    }
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'member-graph-test-'));
  chmodSync(dir, 0o755); // the server may run as the postgres user (when we are root)
  const handle = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
  (globalThis as { __embeddedPg?: EmbeddedPostgresHandle }).__embeddedPg = handle;
  process.env.TEST_DATABASE_URL = handle.url;
}

export default chooseTestServer;
