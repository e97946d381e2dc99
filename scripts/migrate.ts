import { resolveDatabase } from './database';
import { migrateAll } from './stack';

/** `npm run migrate`: applies the bus and every subgraph's migrations to the configured database. */
async function main() {
  const db = await resolveDatabase((l) => console.log(l));
  try {
    await migrateAll(db.url);
    console.log('migrations applied');
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
