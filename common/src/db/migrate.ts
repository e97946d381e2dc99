import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { withClient } from './admin';
import { busSchemaSql, ident, platformTablesSql } from '../events/sql';
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
 * Creates `schema` if needed and applies its pending migrations, holding an advisory lock so that
 * replicas starting together migrate once.
 */
export async function migrateSchema(url: string, schema: string, migrations: MigrationClass[]): Promise<string[]> {
  ident(schema);
  return withClient(url, async (lock) => {
    await lock.query(`select pg_advisory_lock(hashtext($1))`, [`member-graph:migrate:${schema}`]);
    try {
      await lock.query(`create schema if not exists ${schema}`);
      const ds = new DataSource({
        type: 'postgres',
        url,
        schema,
        migrations,
        migrationsTableName: 'migrations',
        migrationsTransactionMode: 'each',
        extra: { max: 2, connectionTimeoutMillis: 5000 },
      });
      await ds.initialize();
      try {
        const applied = await ds.runMigrations();
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
export const migrateBus = (url: string) => migrateSchema(url, 'bus', busMigrations);

/**
 * Everything a subgraph needs in its own database: the bus schema (its relay and consumers use the
 * database they run on) and the subgraph's schema. Never another subgraph's schema.
 */
export async function migrateSubgraphDatabase(url: string, schema: string, migrations: MigrationClass[]): Promise<string[]> {
  await migrateBus(url);
  return migrateSchema(url, schema, migrations);
}
