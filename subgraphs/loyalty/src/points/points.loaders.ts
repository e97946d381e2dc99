import { badInput } from '@member-graph/common/errors';
import { decodeCursor, ownerCounts, ownerPages, pageSize, toConnection } from '@member-graph/common/graphql';
import { addDays } from '../calendar';
import { valueByCustomer } from '../number-by-customer.loaders';
import { type Deps } from '../deps';
import type { PointsEntryEntity } from './points.entity';
import { ENTRY_COLUMNS } from './points.statements';

/** One page request of one customer's ledger. */
export interface HistoryKey {
  customerId: string;
  first: number;
  afterId: number | null;
}

/** A customer's balance (the sum of their entries) and the points of theirs lapsing soon. */
export interface PointsFigures {
  balance: number;
  expiringSoon: number;
}

/**
 * Balances and points lapsing within the configured days (default 30) of many customers, both in one
 * statement per tick (the member home asks for both: one round trip, not two); customers with no
 * ledger get zeros.
 */
export const pointsByCustomer = (deps: Deps) =>
  valueByCustomer<{ customerId: string } & PointsFigures, PointsFigures>(
    deps.dataSource,
    `select c.id as "customerId",
            (select coalesce(sum(e.amount), 0)::int from loyalty.points_entries e where e.customer_id = c.id) as balance,
            (select coalesce(sum(l.remaining), 0)::int from loyalty.points_lots l
              where l.customer_id = c.id and l.remaining > 0 and l.expires_at > $2 and l.expires_at <= $3) as "expiringSoon"
     from unnest($1::uuid[]) as c(id)`,
    () => {
      const now = deps.clock.now();
      return [now, addDays(now, deps.settings.expiringSoonDays)];
    },
    ({ balance, expiringSoon }) => ({ balance, expiringSoon }),
    { balance: 0, expiringSoon: 0 },
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
