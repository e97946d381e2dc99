import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';

/**
 * A loader of one value per customer, in one query per tick: `sql` gets the valid ids as $1 (uuid[]) and
 * `params()` as $2…, and returns rows with a "customerId"; `toValue` makes a row the customer's value, and
 * customers without a row get `none`.
 */
export function valueByCustomer<R extends { customerId: string }, V>(dataSource: DataSource, sql: string, params: () => unknown[], toValue: (row: R) => V, none: V) {
  return new DataLoader<string, V>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: R[] = valid.length ? await dataSource.query(sql, [valid, ...params()]) : [];
    const byId = new Map(rows.map((r) => [r.customerId, toValue(r)]));
    return ids.map((id) => byId.get(id) ?? none);
  });
}

/** `valueByCustomer` of one number: rows of (customerId, value); customers without a row get 0. */
export const numberByCustomer = (dataSource: DataSource, sql: string, params: () => unknown[] = () => []) =>
  valueByCustomer<{ customerId: string; value: number }, number>(dataSource, sql, params, (r) => r.value, 0);
