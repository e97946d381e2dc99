import type { DataSource } from 'typeorm';

/** What node-postgres's pool reports about itself. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** The data source's connections: open, in use (checked out), and requests waiting for one. */
export function poolStats(dataSource: DataSource): { total: number; inUse: number; waiting: number; max: number } {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) return { total: 0, inUse: 0, waiting: 0, max: 0 };
  return { total: pool.totalCount, inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount, max: pool.options?.max ?? 0 };
}
