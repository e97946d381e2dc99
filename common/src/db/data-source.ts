import 'reflect-metadata';
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { readDbPoolConfig, type DbPoolConfig } from '../config/db-pool';

/** Every SQL statement this process's data sources sent (exposed on /metrics for `npm run bench`). */
let statementsInProcess = 0;
export const processStatementCount = () => statementsInProcess;

/** Counts every SQL statement a data source sends; tests read it to prove batching. */
export class StatementCounter {
  count = 0;
  readonly recent: string[] = [];
  record(sql: string) {
    this.count++;
    statementsInProcess++;
    this.recent.push(sql);
    if (this.recent.length > 200) this.recent.shift();
  }
}

class CountingLogger implements Logger {
  constructor(
    private readonly counter: StatementCounter,
    private readonly print: boolean,
  ) {}
  logQuery(query: string, parameters?: unknown[]) {
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    this.counter.record(query);
    if (this.print) console.log('[sql]', query, parameters ?? '');
  }
  logQueryError(error: string | Error, query: string) {
    if (this.print) console.error('[sql error]', error, query);
  }
  logQuerySlow(time: number, query: string) {
    console.warn(`[sql slow ${time}ms]`, query.slice(0, 500));
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    if (this.print) console.log('[migration]', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') console.warn('[typeorm]', message);
  }
}

/** What a subgraph's data source needs: its own Postgres schema, entities and migrations. */
export interface DataSourceOptions {
  url: string;
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
  /** Default: `readDbPoolConfig(schema)` (`<SCHEMA>_DB_POOL_MAX`, `<SCHEMA>_DB_POOL_WAIT_MS`, …). */
  pool?: DbPoolConfig;
  /** Overrides `pool.max` (a batch job sizing its own pool). */
  poolSize?: number;
  logSql?: boolean;
  applicationName?: string;
}

/**
 * A TypeORM data source bound to one Postgres schema (search_path = schema, public), with a bounded
 * pool whose wait (and connect) timeout is set, so a saturated pool or an unreachable database answers
 * SERVICE_UNAVAILABLE instead of hanging, and a statement counter. Never `synchronize`: migrations own the schema.
 */
export function createDataSource(options: DataSourceOptions): { dataSource: DataSource; statements: StatementCounter } {
  const statements = new StatementCounter();
  const pool = options.pool ?? readDbPoolConfig(options.schema);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new CountingLogger(statements, options.logSql ?? false),
    maxQueryExecutionTime: 2000,
    applicationName: options.applicationName ?? `member-graph-${options.schema}`,
    extra: {
      max: options.poolSize ?? pool.max,
      // node-postgres uses this for both the wait for a pooled client and the connect of a new one
      connectionTimeoutMillis: pool.waitMs,
      idleTimeoutMillis: pool.idleMs,
      options: `-c search_path=${options.schema},public`,
    },
  });
  return { dataSource, statements };
}
