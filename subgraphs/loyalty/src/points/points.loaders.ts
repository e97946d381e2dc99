import { badInput } from '@member-graph/common/errors';
import { decodeCursor, ownerCounts, ownerPages, pageSize, toConnection } from '@member-graph/common/graphql';
import { addDays } from '../calendar';
import { numberByCustomer } from '../number-by-customer.loaders';
import { type Deps } from '../deps';
import type { PointsEntryEntity } from './points.entity';
import { ENTRY_COLUMNS } from './points.repository';

/** One page request of one customer's ledger. */
export interface HistoryKey {
  customerId: string;
  first: number;
  afterId: number | null;
}

/** Balances (the sum of the entries) of many customers in one query. */
export const balanceByCustomer = (deps: Deps) =>
  numberByCustomer(
    deps.dataSource,
    `select customer_id as "customerId", sum(amount)::int as value from loyalty.points_entries
     where customer_id = any($1::uuid[]) group by customer_id`,
  );

/** Points lapsing within the configured days (default 30), of many customers in one query. */
export const expiringSoonByCustomer = (deps: Deps) =>
  numberByCustomer(
    deps.dataSource,
    `select customer_id as "customerId", sum(remaining)::int as value from loyalty.points_lots
     where customer_id = any($1::uuid[]) and remaining > 0 and expires_at > $2 and expires_at <= $3 group by customer_id`,
    () => {
      const now = deps.clock.now();
      return [now, addDays(now, deps.settings.expiringSoonDays)];
    },
  );

/** Ledger pages of many customers, newest first, in one statement per tick (the shared ownerPages). */
export const historyPages = (deps: Deps) =>
  ownerPages<HistoryKey, PointsEntryEntity>(deps.dataSource, {
    table: 'loyalty.points_entries',
    sort: [{ column: 'id', type: 'bigint' }],
    direction: 'desc',
    columns: ENTRY_COLUMNS,
    window: (k) => ({ owner: k.customerId, limit: k.first + 1, after: k.afterId === null ? null : [k.afterId] }),
  });

/** How many ledger lines each customer of a tick has, in one statement (PointsEntryConnection.totalCount). */
export const historyCounts = (deps: Deps) => ownerCounts(deps.dataSource, { table: 'loyalty.points_entries' });

/** Validates `first`/`after` of a ledger page. */
export function historyRequest(customerId: string, first: number | null | undefined, after: string | null | undefined): HistoryKey {
  const key = decodeCursor(after);
  const afterId = key ? Number(key[0]) : null;
  if (key && !Number.isSafeInteger(afterId)) throw badInput('after is not a valid cursor', { field: 'after' });
  return { customerId, first: pageSize(first), afterId };
}

/** A page of ledger rows (fetched with first + 1) as a connection. */
export const historyConnection = (rows: PointsEntryEntity[], req: HistoryKey, after: string | null | undefined) =>
  toConnection(rows, req.first, (r) => [r.id], after);
