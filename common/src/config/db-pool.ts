import { ConfigError, readEnv, num } from './env';

/** A subgraph's Postgres pool: how many connections, how long a request waits for one. */
export interface DbPoolConfig {
  /** Connections in the pool. */
  max: number;
  /**
   * How long a query waits for a pooled connection (and for a new connection to open) before the
   * client gets SERVICE_UNAVAILABLE (retryable). node-postgres would otherwise wait for ever.
   */
  waitMs: number;
  /** Idle pooled connections are closed after this. */
  idleMs: number;
}

/**
 * `<NAME>_DB_POOL_MAX` / `<NAME>_DB_POOL_WAIT_MS` for one subgraph (e.g. MARKETING_DB_POOL_MAX),
 * falling back to `DB_POOL_MAX` (default 10) / `DB_POOL_WAIT_MS` (default 10 s); `DB_POOL_IDLE_MS` (30 s).
 */
export function readDbPoolConfig(name: string, env: NodeJS.ProcessEnv = process.env): DbPoolConfig {
  const prefix = name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const shared = readEnv(
    {
      DB_POOL_MAX: num({ default: 10, desc: 'Postgres connections per subgraph process' }),
      DB_POOL_WAIT_MS: num({ default: 10_000, desc: 'how long a query waits for a connection before SERVICE_UNAVAILABLE' }),
      DB_POOL_IDLE_MS: num({ default: 30_000, desc: 'idle pooled connections are closed after this' }),
    },
    env,
  );
  const own = readEnv(
    {
      [`${prefix}_DB_POOL_MAX`]: num({ default: shared.DB_POOL_MAX }),
      [`${prefix}_DB_POOL_WAIT_MS`]: num({ default: shared.DB_POOL_WAIT_MS }),
    },
    env,
  ) as Record<string, number>;
  const max = own[`${prefix}_DB_POOL_MAX`];
  const waitMs = own[`${prefix}_DB_POOL_WAIT_MS`];
  if (max < 1 || waitMs < 1) throw new ConfigError(`Invalid configuration:\n  ${prefix}_DB_POOL_MAX and ${prefix}_DB_POOL_WAIT_MS must be positive`);
  return { max, waitMs, idleMs: shared.DB_POOL_IDLE_MS };
}
