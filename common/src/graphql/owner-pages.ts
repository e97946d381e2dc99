import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from './loaders';

/** One page of one owner's list: the owner, how many rows to fetch, and the sort key of the last row seen. */
export interface PageWindow {
  owner: string;
  /** Rows to fetch: the page size + 1, to know whether more follow. */
  limit: number;
  /** The sort columns' values of the row the page starts after (null: from the start). */
  after: readonly unknown[] | null;
}

/** One column of the list's order, with its SQL type (for the cursor's parameters). */
export interface SortColumn {
  column: string;
  type: string;
}

export interface OwnerPagesOptions<K, R, T> {
  /** Schema-qualified table, e.g. `service.tickets`. */
  table: string;
  /** The column the list belongs to (default `customer_id`, of type `uuid`). */
  owner?: SortColumn;
  /** The list's order, most significant first; the cursor holds these columns' values. */
  sort: SortColumn[];
  direction: 'asc' | 'desc';
  /** Select list over the table's columns, aliased `x` (default `x.*`). */
  columns?: string;
  /** Extra condition over the table's columns, aliased `x` (constant SQL, no parameters). */
  filter?: string;
  /** The page a key asks for. */
  window: (key: K) => PageWindow;
  /** Turns the rows of one batch into items, one per row in order (undefined drops a row); default: the rows themselves. */
  toItems?: (rows: R[]) => Promise<(T | undefined)[]> | (T | undefined)[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;
const TYPE = /^[a-z][a-z0-9 ]*$/;

function checked(options: OwnerPagesOptions<unknown, unknown, unknown>): { owner: SortColumn } {
  const owner = options.owner ?? { column: 'customer_id', type: 'uuid' };
  for (const c of [owner, ...options.sort]) {
    if (!IDENTIFIER.test(c.column) || !TYPE.test(c.type)) throw new Error(`ownerPages: bad column ${c.column} ${c.type}`);
  }
  if (!IDENTIFIER.test(options.table) || options.sort.length === 0) throw new Error(`ownerPages: bad table or sort for ${options.table}`);
  return { owner };
}

/** The one statement: every key of a tick unnested, each joined laterally to its own index range scan. */
function pageSql(options: OwnerPagesOptions<unknown, unknown, unknown>, owner: SortColumn): string {
  const { sort, direction } = options;
  const afterCols = sort.map((_, i) => `"__a${i}"`);
  const params = [`$1::${owner.type}[]`, '$2::int[]', ...sort.map((c, i) => `$${i + 3}::${c.type}[]`)];
  const order = sort.map((c) => `x.${c.column} ${direction}`).join(', ');
  const keyset = `(${sort.map((c) => `x.${c.column}`).join(', ')}) ${direction === 'desc' ? '<' : '>'} (${afterCols.map((a) => `k.${a}`).join(', ')})`;
  return `select k."__key", p.*
      from unnest(${params.join(', ')}) with ordinality as k("__owner", "__limit", ${afterCols.join(', ')}, "__key")
      cross join lateral (
        select ${options.columns ?? 'x.*'}, row_number() over (order by ${order}) as "__pos"
          from ${options.table} x
         where x.${owner.column} = k."__owner" and (k."__a0" is null or ${keyset})${options.filter ? ` and (${options.filter})` : ''}
         order by ${order}
         limit k."__limit"
      ) p
     order by k."__key", p."__pos"`;
}

const cacheKeyOf = (w: PageWindow) => `${w.owner}|${w.limit}|${JSON.stringify(w.after)}`;

/**
 * Pages of many owners' lists (a customer's tickets, a segment's members, …) in one statement per
 * tick, whatever `first` and `after` each asks: the keys are unnested into a table and each joins
 * laterally to its own range scan of the (owner, sort…) index, so the statement count never depends
 * on how many owners a request lists. Owners that are not UUIDs (for a uuid owner) get an empty page
 * without reaching SQL. `toItems` may load entities for the rows (one more statement per tick).
 */
export function ownerPages<K, T, R = T>(dataSource: Pick<DataSource, 'query'>, options: OwnerPagesOptions<K, R, T>): DataLoader<K, T[], string> {
  const { owner } = checked(options as OwnerPagesOptions<unknown, unknown, unknown>);
  const sql = pageSql(options as OwnerPagesOptions<unknown, unknown, unknown>, owner);
  const toItems = options.toItems ?? ((rows: R[]) => rows as unknown as T[]);
  return new DataLoader<K, T[], string>(
    async (keys) => {
      const windows = keys.map(options.window);
      const asked = windows.map((w, i) => ({ w, i })).filter(({ w }) => owner.type !== 'uuid' || isUuid(w.owner));
      const pages = keys.map((): T[] => []);
      if (asked.length === 0) return pages;
      const params = [
        asked.map(({ w }) => w.owner),
        asked.map(({ w }) => w.limit),
        ...options.sort.map((_, c) => asked.map(({ w }) => w.after?.[c] ?? null)),
      ];
      const raw: (R & { __key: string; __pos: string })[] = await dataSource.query(sql, params);
      const slots = raw.map((row) => asked[Number(row.__key) - 1].i);
      const items = await toItems(raw.map(({ __key, __pos, ...row }) => row as unknown as R));
      items.forEach((item, r) => item !== undefined && pages[slots[r]].push(item));
      return pages;
    },
    { cacheKeyFn: (key) => cacheKeyOf(options.window(key)) },
  );
}

export interface OwnerCountsOptions {
  /** Schema-qualified table, e.g. `service.tickets`. */
  table: string;
  /** The column the list belongs to (default `customer_id`, of type `uuid`). */
  owner?: SortColumn;
  /** Extra condition over the table's columns, aliased `x` (constant SQL, no parameters). */
  filter?: string;
}

/**
 * How many rows each owner has (the `totalCount` of per-owner connections), for every owner of one
 * tick in one grouped statement; owners that are not UUIDs (for a uuid owner) count 0 without SQL.
 */
export function ownerCounts(dataSource: Pick<DataSource, 'query'>, options: OwnerCountsOptions): DataLoader<string, number> {
  const owner = options.owner ?? { column: 'customer_id', type: 'uuid' };
  if (!IDENTIFIER.test(options.table) || !IDENTIFIER.test(owner.column) || !TYPE.test(owner.type)) throw new Error(`ownerCounts: bad table or owner for ${options.table}`);
  const sql = `select x.${owner.column}::text as "owner", count(*)::int as "n" from ${options.table} x
     where x.${owner.column} = any($1::${owner.type}[])${options.filter ? ` and (${options.filter})` : ''} group by x.${owner.column}`;
  return new DataLoader<string, number>(async (keys) => {
    const asked = keys.filter((k) => owner.type !== 'uuid' || isUuid(k));
    const rows: { owner: string; n: number }[] = asked.length ? await dataSource.query(sql, [asked]) : [];
    const counts = new Map(rows.map((r) => [r.owner, r.n]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}
