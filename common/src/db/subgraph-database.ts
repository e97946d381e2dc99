import type { MigrationInterface } from 'typeorm';
import { migrateSubgraphDatabase, pendingMigrations, busMigrations } from './migrate';
import { appDatabaseUrl, DEFAULT_APP_ROLE, isSuperuser } from './roles';

type MigrationClass = new () => MigrationInterface;

/** What a subgraph process is given about its database. */
export interface SubgraphDatabase {
  /** `<NAME>_DATABASE_URL` / DATABASE_URL: the app role in production, or a superuser (development, tests). */
  url: string;
  /** `<NAME>_MIGRATION_DATABASE_URL` / MIGRATION_DATABASE_URL: the owner, when this process should migrate. */
  migrationUrl?: string;
  /** DATABASE_APP_ROLE. */
  appRole?: string;
  schema: string;
  migrations: MigrationClass[];
  /** The schema's audit tables: the app role reads and appends, never updates or deletes. */
  appendOnly?: readonly string[];
}

/**
 * Gets a subgraph's database ready at start-up and returns the URL the subgraph connects with, always
 * the app role's. With an owner URL it migrates as the owner; given a superuser's URL it creates the
 * roles, migrates as the owner and connects as the app role; given only the app role's URL (production,
 * where the migrate job ran) it migrates nothing and refuses to start while migrations are pending.
 */
export async function prepareSubgraphDatabase(db: SubgraphDatabase): Promise<string> {
  const appRole = db.appRole ?? DEFAULT_APP_ROLE;
  const superuser = await isSuperuser(db.url);
  const migrator = db.migrationUrl || (superuser ? db.url : undefined);
  if (migrator) {
    await migrateSubgraphDatabase(migrator, db.schema, db.migrations, { appRole, appendOnly: db.appendOnly });
  } else {
    const pending = [...(await pendingMigrations(db.url, 'bus', busMigrations)), ...(await pendingMigrations(db.url, db.schema, db.migrations))];
    if (pending.length) {
      throw new Error(
        `the ${db.schema} database has ${pending.length} pending migration(s) (${pending.slice(0, 3).join(', ')}…): run the migrate job with the owner's URL first (MIGRATION_DATABASE_URL), or give this process ${db.schema.toUpperCase()}_MIGRATION_DATABASE_URL`,
      );
    }
  }
  return superuser ? appDatabaseUrl(db.url, appRole) : db.url;
}
