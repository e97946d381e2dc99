import 'reflect-metadata';
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { readDbPoolConfig, type DbPoolConfig } from '../config/db-pool';
import { log as partLog, maskText } from '../log';
import { tracedPgDriver } from '../tracing/pg-driver';
import { tracingOn } from '../tracing/provider';

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

/** What is logged of a statement's parameters: how many and their types, never their values. */
export const describeParameters = (parameters: readonly unknown[] = []) => ({
  count: parameters.length,
  types: parameters.map((p) => (p === null ? 'null' : Array.isArray(p) ? 'array' : p instanceof Date ? 'date' : Buffer.isBuffer(p) ? 'bytes' : typeof p)),
});

/** Statement text as logged: masked (a literal in hand-written SQL could be personal data), at most 2,000 characters. */
const statement = (query: string) => maskText(query.slice(0, 2000));

class CountingLogger implements Logger {
  constructor(
    private readonly counter: StatementCounter,
    private readonly print: boolean,
    private readonly part: string,
  ) {}
  logQuery(query: string, parameters?: unknown[]) {
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    this.counter.record(query);
    if (this.print) partLog(this.part).info({ sql: statement(query), params: describeParameters(parameters) }, 'sql');
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]) {
    if (this.print) partLog(this.part).warn({ err: error, sql: statement(query), params: describeParameters(parameters) }, 'sql failed');
  }
  logQuerySlow(time: number, query: string) {
    partLog(this.part).warn({ sql: statement(query.slice(0, 500)), ms: time }, `slow sql statement (${time} ms)`);
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    if (this.print) partLog(this.part).info(`migration: ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') partLog(this.part).warn(`typeorm: ${String(message)}`);
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
    // the app role creates nothing: extensions, like every other object, come from the owner's migrations
    installExtensions: false,
    // with tracing on, statements inside a traced request become SQL spans; off, plain pg
    driver: tracingOn() ? tracedPgDriver() : undefined,
    logger: new CountingLogger(statements, options.logSql ?? false, options.schema),
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
