import { resolveSubgraphDatabases } from './database';
import { migrateAll } from './stack';

/**
 * `npm run migrate` (and the image's `migrate` one-off job): applies every subgraph's migrations, and the
 * bus schema, to that subgraph's database (`<NAME>_DATABASE_URL`, else DATABASE_URL or the embedded one).
 */
async function main() {
  const db = await resolveSubgraphDatabases((l) => console.log(l));
  try {
    await migrateAll(db.url, db.urls);
    console.log('migrations applied');
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
