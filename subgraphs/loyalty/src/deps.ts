import type { DataSource, EntityManager } from 'typeorm';
import DataLoader from 'dataloader';
import type { Clock, Outbox } from '@member-graph/common';
import type { LoyaltySettings } from './config';

/** Everything a loyalty service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<LoyaltySettings>;
}

/**
 * Runs SQL and returns its rows. TypeORM's Postgres driver answers UPDATE/DELETE with
 * `[rows, rowCount]` and everything else with the rows; callers always get the rows.
 */
export async function queryRows<T>(tx: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await tx.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Customer ids are UUIDs; anything else cannot name a customer. */
export const isUuid = (id: string | null | undefined): id is string => !!id && UUID.test(id);

/**
 * A loader of one number per customer, in one query per tick: `sql` gets the valid ids as $1 (uuid[])
 * and `params()` as $2…, and returns rows of (customerId, value); customers without a row get 0.
 */
export function numberByCustomer(dataSource: DataSource, sql: string, params: () => unknown[] = () => []) {
  return new DataLoader<string, number>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: { customerId: string; value: number }[] = valid.length ? await dataSource.query(sql, [valid, ...params()]) : [];
    const byId = new Map(rows.map((r) => [r.customerId, r.value]));
    return ids.map((id) => byId.get(id) ?? 0);
  });
}
