import { randomBytes } from 'node:crypto';
import { withClient, withDatabase } from '../db/admin';
import { migrateBus } from '../db/migrate';

/** The server the global setup chose. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through `npm test`');
  return url;
}

/** A database name unique to this run: `mg_<label>_<random>`. */
export const testDatabaseName = (label: string) => `mg_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`;

const OBJECT_IN_USE = '55006'; // "source database is being accessed by other users"

/** `create database name template t`, retried while something still holds a connection to the template. */
export async function cloneDatabase(server: string, template: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withClient(withDatabase(server, 'postgres'), (c) => c.query(`create database ${name} template ${template}`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === 50) throw error;
      await new Promise((r) => setTimeout(r, 100 * Math.min(attempt, 10)));
    }
  }
}

/**
 * A fresh database for one test file; `drop()` removes it. When the run has a migrated template
 * (TEST_TEMPLATE_DATABASE, made once by the global setup) it is a clone of it, with the bus and every
 * subgraph's schema already migrated; otherwise an empty database with the bus migrated.
 */
export async function createTestDatabase(label = 'test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = testDatabaseName(label);
  const server = testServerUrl();
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (template) await cloneDatabase(server, template, name);
  else await withClient(withDatabase(server, 'postgres'), (c) => c.query(`create database ${name}`));
  const url = withDatabase(server, name);
  if (!template) await migrateBus(url);
  return {
    url,
    drop: () => dropDatabase(server, name),
  };
}

/** Drops a database of the test server, closing whatever is still connected to it. */
export const dropDatabase = (server: string, name: string) =>
  withClient(withDatabase(server, 'postgres'), (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined);

/** True when test databases are clones of a migrated template (every schema ready, no migration needed). */
export const testDatabasesAreMigrated = () => Boolean(process.env.TEST_TEMPLATE_DATABASE);
