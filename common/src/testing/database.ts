import { randomBytes } from 'node:crypto';
import { withClient, withDatabase } from '../db/admin';
import { migrateBus } from '../db/migrate';

/** The server the global setup chose. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through `npm test`');
  return url;
}

/**
 * A fresh database for one test file, with the bus migrated; `drop()` removes it. Subgraph
 * migrations are applied by the caller (or by startSubgraph helpers).
 */
export async function createTestDatabase(label = 'test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mg_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const server = testServerUrl();
  await withClient(withDatabase(server, 'postgres'), (c) => c.query(`create database ${name}`));
  const url = withDatabase(server, name);
  await migrateBus(url);
  return {
    url,
    drop: () =>
      withClient(withDatabase(server, 'postgres'), (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
