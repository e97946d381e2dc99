import type { MigrationInterface } from 'typeorm';
import { readSubgraphConfig, type SubgraphConfig, type SubgraphName } from '../config';
import { prepareSubgraphDatabase } from '../db/subgraph-database';
import { runMain } from './run-main';

/** What a subgraph's `main.ts` hands over: its migrations, its audit tables and its composition root. */
export interface SubgraphMain {
  migrations: (new () => MigrationInterface)[];
  /** Tables the app role may only read and append to. */
  appendOnly: readonly string[];
  start(config: SubgraphConfig): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * The body of every subgraph's `main.ts`: its configuration, its database made ready (migrated as the
 * owner when this process has the owner's or a superuser's URL, advisory-locked so replicas are safe),
 * then the subgraph started on the least-privilege app role's connection.
 */
export function runSubgraphMain(name: SubgraphName, main: SubgraphMain): void {
  runMain(name, async () => {
    const config = readSubgraphConfig(name);
    const databaseUrl = await prepareSubgraphDatabase({
      url: config.databaseUrl,
      migrationUrl: config.migrationDatabaseUrl,
      appRole: config.databaseAppRole,
      schema: name,
      migrations: main.migrations,
      appendOnly: main.appendOnly,
    });
    return main.start({ ...config, databaseUrl });
  });
}
