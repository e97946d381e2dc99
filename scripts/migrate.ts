import { readDatabaseAppRole, readMigrationDatabaseUrls, SUBGRAPH_NAMES } from '@member-graph/common/config';
import { migrationUrlsOf, resolveSubgraphDatabases } from './database';
import { migrateAll } from './stack';

/**
 * `npm run migrate` (and the image's `migrate` one-off job): applies every subgraph's migrations, and the
 * bus schema, to that subgraph's database as the schema owner (`<NAME>_MIGRATION_DATABASE_URL`, else
 * MIGRATION_DATABASE_URL, else `<NAME>_DATABASE_URL` / DATABASE_URL / the embedded one when that is a
 * superuser's), and grants the app role (DATABASE_APP_ROLE) its rights.
 */
async function main() {
  const owner = readMigrationDatabaseUrls();
  // a migration job given every subgraph's owner URL needs no other database URL (the operator made the databases)
  const db = SUBGRAPH_NAMES.every((n) => owner[n])
    ? { url: owner.customer, urls: owner, stop: async () => {} }
    : await resolveSubgraphDatabases((l) => console.log(l));
  try {
    await migrateAll(db.url, migrationUrlsOf(db.urls), readDatabaseAppRole());
    console.log('migrations applied');
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
