import 'reflect-metadata';
import { ArgsType, Directive, Field, ObjectType, Int } from 'type-graphql';
import { badInput } from '../errors';

/** Relay page info, shared by every subgraph's connections. */
@ObjectType({ description: 'Where a page sits in its list (Relay cursor pagination).' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'True when items precede this page (only known when paging with `after`).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

/** The arguments of a paged list field: `first` and `after` (validated by pageSize and the list's cursor check). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Validates `first` (1..100, default 20). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return first;
}

/** Cursors are opaque: base64url of the sort key of the last item seen. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key)) throw new Error('not a key');
    return key;
  } catch {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
}

/** A page of rows fetched with limit first+1, turned into edges + pageInfo. */
export function toConnection<T>(rows: T[], first: number, cursorOf: (row: T) => unknown[], after: string | null | undefined, totalCount?: number) {
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    nodes: items,
    totalCount: totalCount ?? 0,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Gives a connection a `totalCount` that is counted only when a client selects it: a lazy getter
 * (memoised, not enumerable) over `count`, usually a DataLoader of counts (`ownerCounts`) so that
 * every connection of a request is counted in one statement.
 */
export function withTotalCount<C extends object>(connection: C, count: () => Promise<number>): C & { totalCount: Promise<number> } {
  let counted: Promise<number> | undefined;
  Object.defineProperty(connection, 'totalCount', { enumerable: false, configurable: true, get: () => (counted ??= count()) });
  return connection as C & { totalCount: Promise<number> };
}

/**
 * The bound of a list field that is not a connection (a customer's coupons, tags, segments): `first`
 * 1..100, default 100, so that no answer grows without limit (README "Pagination").
 */
export const listBound = (first: number | null | undefined): number => pageSize(first ?? MAX_PAGE_SIZE);
