import DataLoader from 'dataloader';
import { badInput } from '@member-graph/common/errors';
import { decodeCursor, pageSize, toConnection, isUuid } from '@member-graph/common/graphql';
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

/**
 * Ledger pages of many customers, newest first: one query per distinct (first, after) in a tick,
 * however many customers ask (a window function cuts each customer's page).
 */
export function historyPages(deps: Deps) {
  return new DataLoader<HistoryKey, PointsEntryEntity[], string>(
    async (keys) => {
      const result = new Map<string, PointsEntryEntity[]>();
      const groups = new Map<string, HistoryKey[]>();
      for (const k of keys) {
        const g = `${k.first}|${k.afterId}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      for (const group of groups.values()) {
        const { first, afterId } = group[0];
        const ids = group.map((k) => k.customerId).filter(isUuid);
        const rows: PointsEntryEntity[] = ids.length
          ? await deps.dataSource.query(
              `select ${ENTRY_COLUMNS} from (
                 select e.*, row_number() over (partition by customer_id order by id desc) as rn
                 from loyalty.points_entries e where customer_id = any($1::uuid[]) and ($2::bigint is null or id < $2)
               ) t where rn <= $3 order by customer_id, id desc`,
              [ids, afterId, first + 1],
            )
          : [];
        for (const row of rows) result.set(`${row.customerId}|${first}|${afterId}`, [...(result.get(`${row.customerId}|${first}|${afterId}`) ?? []), row]);
      }
      return keys.map((k) => result.get(historyKey(k)) ?? []);
    },
    { cacheKeyFn: historyKey },
  );
}

const historyKey = (k: HistoryKey) => `${k.customerId}|${k.first}|${k.afterId}`;

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
