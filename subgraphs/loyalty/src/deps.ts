import type { DataSource } from 'typeorm';
import DataLoader from 'dataloader';
import { type Outbox } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import { type Clock } from '@member-graph/common/time';
import type { LoyaltySettings } from './config';

/** Everything a loyalty service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<LoyaltySettings>;
}



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

export { queryRows } from '@member-graph/common/db';
export { isUuid } from '@member-graph/common/graphql';
