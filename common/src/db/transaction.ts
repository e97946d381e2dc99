import type { DataSource, EntityManager } from 'typeorm';

/** Postgres error codes worth retrying: serialization failure and deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs `fn` in a transaction, retrying a few times on serialization failures and deadlocks, so
 * services can use strict isolation or row locks without surfacing transient conflicts to callers.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  fn: (manager: EntityManager) => Promise<T>,
  options: { isolation?: 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE'; retries?: number } = {},
): Promise<T> {
  const isolation = options.isolation;
  return retryingTransient(() => (isolation ? dataSource.transaction(isolation, fn) : dataSource.transaction(fn)), options.retries);
}

/**
 * Runs `attempt` again (after a short random pause) when it fails with a serialization failure or a
 * deadlock, up to `retries` times: for a transaction, or for a single statement that is its own
 * transaction (a write of several CTEs).
 */
export async function retryingTransient<T>(attempt: () => Promise<T>, retries = 5): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
      if (n >= retries || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (n + 1)));
    }
  }
}

/** Postgres unique-violation check for "insert, and if it exists, read it" flows. */
export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && (!constraint || name === constraint);
};
