import type { DataSource, EntityManager } from 'typeorm';
import type { Clock, Outbox } from '@member-graph/common';
import type { MarketingSettings } from './config';

/** Everything a marketing service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<MarketingSettings>;
}

/**
 * Runs SQL and returns its rows. TypeORM's Postgres driver answers UPDATE/DELETE with
 * `[rows, rowCount]` and everything else with the rows; callers always get the rows.
 */
export async function queryRows<T>(tx: EntityManager | DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await tx.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * Serialises everything marketing does for one customer (projection updates, segment evaluation,
 * sends) until the transaction ends. Several customers are locked in id order, so lockers never deadlock.
 */
export async function lockCustomers(tx: EntityManager, ...ids: string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort()) {
    await tx.query(`select pg_advisory_xact_lock(hashtext('member-graph:marketing:customer:' || $1))`, [id]);
  }
}
