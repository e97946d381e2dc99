import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';

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
