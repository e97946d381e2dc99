import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { badInput } from '@member-graph/common/errors';
import { decodeCursor, isUuid, pageSize, toConnection } from '@member-graph/common/graphql';
import { queryRows } from './deps';

/** One page request of one customer's list (newest first). */
export interface PageKey {
  customerId: string;
  first: number;
  after: { createdAt: string; id: string } | null;
}

/** Validates `first` / `after` of a newest-first page. */
export function pageRequest(customerId: string, first: number | null | undefined, after: string | null | undefined): PageKey {
  const key = decodeCursor(after);
  if (key && (key.length !== 2 || typeof key[0] !== 'string' || Number.isNaN(Date.parse(key[0])) || typeof key[1] !== 'string' || !isUuid(key[1]))) {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
  return { customerId, first: pageSize(first), after: key ? { createdAt: key[0] as string, id: key[1] as string } : null };
}

/** A page of rows (fetched with first + 1) as a connection; the cursor is (createdAt, id). */
export const pageConnection = <T extends { createdAt: Date; id: string }>(rows: T[], req: PageKey, after: string | null | undefined) =>
  toConnection(rows, req.first, (r) => [new Date(r.createdAt).toISOString(), r.id], after);

const keyOf = (k: PageKey) => `${k.customerId}|${k.first}|${k.after?.createdAt ?? ''}|${k.after?.id ?? ''}`;

/**
 * Newest-first pages of many customers' rows of `table`: per distinct (first, after) in a tick, one
 * query cuts every customer's page with a window function and one loads the entities, however many
 * customers ask.
 */
export function customerPages<T extends ObjectLiteral & { id: string; customerId: string; createdAt: Date }>(
  dataSource: DataSource,
  table: string,
  entity: EntityTarget<T>,
) {
  return new DataLoader<PageKey, T[], string>(
    async (keys) => {
      const result = new Map<string, T[]>();
      const groups = new Map<string, PageKey[]>();
      for (const k of keys) {
        const g = `${k.first}|${k.after?.createdAt ?? ''}|${k.after?.id ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const ids = group.map((k) => k.customerId).filter(isUuid);
        if (ids.length === 0) continue;
        const picked = await queryRows<{ id: string }>(
          dataSource,
          `select id from (
             select id, customer_id, created_at, row_number() over (partition by customer_id order by created_at desc, id desc) as rn
             from service.${table} where customer_id = any($1::uuid[]) and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::uuid))
           ) t where rn <= $4`,
          [ids, after?.createdAt ?? null, after?.id ?? null, first + 1],
        );
        const rows = picked.length ? await dataSource.getRepository(entity).findBy({ id: In(picked.map((p) => p.id)) } as never) : [];
        rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
        for (const row of rows) {
          const k = keyOf({ customerId: row.customerId, first, after });
          result.set(k, [...(result.get(k) ?? []), row]);
        }
      }
      return keys.map((k) => result.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}
