import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { withClient } from './admin';
import { busSchemaSql, ident, platformTablesSql } from '../events/sql';
import { adoptSchema, grantAppAccess, type SchemaAccess } from './privileges';
import { asOwner, DEFAULT_APP_ROLE, ensureRoles, grantOwnerDatabase, isSuperuser, roleExists } from './roles';
import { jobRunsSql } from '../jobs/sql';
import { deadLetterTableSql } from '../events/dead-letters/table';

type MigrationClass = new () => MigrationInterface;

/** Builds a migration class that runs `statements` (TypeORM reads the timestamp from the name's last 13 digits). */
export function sqlMigration(name: string, timestamp: number, statements: string[], down: string[] = []): MigrationClass {
  const migrationName = `${name}${timestamp}`;
  return class implements MigrationInterface {
    name = migrationName;
    async up(qr: QueryRunner) {
      for (const sql of statements) await qr.query(sql);
    }
    async down(qr: QueryRunner) {
      for (const sql of down) await qr.query(sql);
    }
  };
}

/** The first migration of every subgraph: outbox, consumer offsets and processed events in its schema. */
export const platformMigration = (schema: string, timestamp: number) =>
  sqlMigration(`Platform${schema[0].toUpperCase()}${schema.slice(1)}`, timestamp, platformTablesSql(schema));

/** The scheduled jobs' run record in a subgraph's schema (each subgraph adds it to its migrations). */
export const jobRunsMigration = (schema: string, timestamp: number) =>
  sqlMigration(`JobRuns${schema[0].toUpperCase()}${schema.slice(1)}`, timestamp, jobRunsSql(schema), [`drop table ${ident(schema)}.job_runs`]);
/** The dead-letter table of a subgraph's consumers (parked and held events), in its schema. */
export const deadLetterMigration = (schema: string, timestamp: number) =>
  sqlMigration(`DeadLetters${schema[0].toUpperCase()}${schema.slice(1)}`, timestamp, deadLetterTableSql(schema));

/** The bus schema's own migrations. */
export const busMigrations: MigrationClass[] = [
  sqlMigration('BusInit', 1763900000000, busSchemaSql.slice(1)),
  // erasure redacts the events about a customer, ticket or return (redactEvents)
  sqlMigration('BusAggregateIndex', 1763900000100, [`create index events_aggregate on bus.events (aggregate_id)`]),
];

/**
 * Where migrations connect: given a superuser's URL, the roles are made (if missing), the owner gets
 * what it needs in the database, a schema left by an older superuser-run migration is adopted, and
 * the migrations `SET ROLE` to the owner; given the owner's URL (production), it is used as it is,
 * and the app role must exist already.
 */
async function ownerConnection(url: string, schema: string, appRole: string): Promise<string> {
  if (await isSuperuser(url)) {
    await ensureRoles(url, appRole);
    await grantOwnerDatabase(url);
    await withClient(url, (c) => adoptSchema(c, schema));
    return asOwner(url);
  }
  if (!(await roleExists(url, appRole))) {
    throw new Error(`The app role "${appRole}" does not exist: create it (login, no other rights) before migrating, or set DATABASE_APP_ROLE to the role the subgraphs connect as`);
  }
  return url;
}

/**
 * Creates `schema` if needed and applies its pending migrations as the owner, holding an advisory lock
 * so that replicas starting together migrate once; then grants the app role its rights (append-only
 * tables read and insert only), also for tables later migrations add (default privileges).
 */
export async function migrateSchema(url: string, schema: string, migrations: MigrationClass[], access: Partial<SchemaAccess> = {}): Promise<string[]> {
  ident(schema);
  const appRole = access.appRole ?? DEFAULT_APP_ROLE;
  const owner = await ownerConnection(url, schema, appRole);
  return withClient(owner, async (lock) => {
    await lock.query(`select pg_advisory_lock(hashtext($1))`, [`member-graph:migrate:${schema}`]);
    try {
      await lock.query(`create schema if not exists ${schema}`);
      const ds = new DataSource({
        type: 'postgres',
        url: owner,
        schema,
        migrations,
        migrationsTableName: 'migrations',
        migrationsTransactionMode: 'each',
        extra: { max: 2, connectionTimeoutMillis: 5000 },
      });
      await ds.initialize();
      try {
        const applied = await ds.runMigrations();
        await grantAppAccess(lock, schema, { appRole, appendOnly: access.appendOnly });
        return applied.map((m) => m.name);
      } finally {
        await ds.destroy();
      }
    } finally {
      await lock.query(`select pg_advisory_unlock(hashtext($1))`, [`member-graph:migrate:${schema}`]);
    }
  });
}

/** Applies the bus migrations. */
export const migrateBus = (url: string, appRole?: string) => migrateSchema(url, 'bus', busMigrations, { appRole });

/**
 * Everything a subgraph needs in its own database: the bus schema (its relay and consumers use the
 * database they run on) and the subgraph's schema. Never another subgraph's schema.
 */
export async function migrateSubgraphDatabase(url: string, schema: string, migrations: MigrationClass[], access: Partial<SchemaAccess> = {}): Promise<string[]> {
  await migrateBus(url, access.appRole);
  return migrateSchema(url, schema, migrations, access);
}

/** The names of `migrations` not yet applied to `schema` (all of them when the schema has no migrations table). */
export async function pendingMigrations(url: string, schema: string, migrations: MigrationClass[]): Promise<string[]> {
  const applied = await withClient(url, async (c) => {
    const { rows } = await c.query(`select to_regclass($1) is not null as present`, [`${ident(schema)}.migrations`]);
    if (!rows[0].present) return new Set<string>();
    return new Set((await c.query<{ name: string }>(`select name from ${schema}.migrations`)).rows.map((r) => r.name));
  });
  return migrations.map((M) => new M().name ?? '').filter((name) => !applied.has(name));
}
