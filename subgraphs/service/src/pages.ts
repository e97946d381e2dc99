import { In, type DataSource, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '@member-graph/common/errors';
import { decodeCursor, isUuid, ownerPages, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';

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

/**
 * A newest-first page of a filtered list (the agents' tickets or returns): `qb` holds the filters; its
 * totalCount counts the same filters without the cursor, only when a client selects it.
 */
export async function filteredPage<T extends ObjectLiteral & { createdAt: Date; id: string }>(qb: SelectQueryBuilder<T>, alias: string, req: PageKey, after: string | null | undefined) {
  const counter = qb.clone();
  if (req.after) qb.andWhere(`(${alias}.created_at, ${alias}.id) < (cast(:at as timestamptz), cast(:id as uuid))`, { at: req.after.createdAt, id: req.after.id });
  const rows = await qb.orderBy(`${alias}.created_at`, 'DESC').addOrderBy(`${alias}.id`, 'DESC').limit(req.first + 1).getMany();
  return withTotalCount(pageConnection(rows, req, after), () => counter.getCount());
}

/**
 * Newest-first pages of many customers' rows of `service.<table>`, through the shared ownerPages
 * (one statement for every customer's page of a tick) and one more that loads the entities.
 */
export function customerPages<T extends ObjectLiteral & { id: string; customerId: string; createdAt: Date }>(
  dataSource: DataSource,
  table: string,
  entity: EntityTarget<T>,
) {
  return ownerPages<PageKey, T, { id: string }>(dataSource, {
    table: `service.${table}`,
    sort: [{ column: 'created_at', type: 'timestamptz' }, { column: 'id', type: 'uuid' }],
    direction: 'desc',
    columns: 'x.id',
    window: (k) => ({ owner: k.customerId, limit: k.first + 1, after: k.after && [k.after.createdAt, k.after.id] }),
    toItems: async (rows) => {
      const found = rows.length ? await dataSource.getRepository(entity).findBy({ id: In(rows.map((r) => r.id)) } as never) : [];
      const byId = new Map(found.map((e) => [e.id, e]));
      return rows.map((r) => byId.get(r.id));
    },
  });
}
