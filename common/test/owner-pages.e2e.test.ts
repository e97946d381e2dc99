import type { DataSource } from 'typeorm';
import { createDataSource, type StatementCounter } from '../src/db';
import { ownerCounts, ownerPages, toConnection, withTotalCount, type PageWindow } from '../src/graphql';
import { createTestDatabase } from '../src/testing';

/** The shared paged loader on its own, over a real table: order, cursors, filter, owners, statements. */
let db: { url: string; drop(): Promise<void> };
let ds: DataSource;
let statements: StatementCounter;

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  db = await createTestDatabase('ownerpages');
  ({ dataSource: ds, statements } = createDataSource({ url: db.url, schema: 'public', entities: [] }));
  await ds.initialize();
  await ds.query(`create schema demo`);
  await ds.query(`create table demo.notes (id uuid primary key, customer_id uuid not null, created_at timestamptz not null, body text not null, hidden boolean not null default false)`);
  // A: notes 1..5 an hour apart (5 newest), 3 hidden; B: notes 6, 7 at the same instant (id breaks the tie); C: none
  for (let n = 1; n <= 5; n++) await ds.query(`insert into demo.notes values ($1, $2, $3, $4, $5)`, [id(n), A, `2026-01-01T0${n}:00:00Z`, `a${n}`, n === 3]);
  for (const n of [6, 7]) await ds.query(`insert into demo.notes values ($1, $2, $3, $4, false)`, [id(n), B, '2026-01-02T00:00:00Z', `b${n}`]);
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

interface Key {
  customerId: string;
  limit: number;
  after: [string, string] | null;
}
const loader = (filter?: string) =>
  ownerPages<Key, string, { body: string }>(ds, {
    table: 'demo.notes',
    sort: [{ column: 'created_at', type: 'timestamptz' }, { column: 'id', type: 'uuid' }],
    direction: 'desc',
    columns: 'x.body',
    filter,
    window: (k): PageWindow => ({ owner: k.customerId, limit: k.limit, after: k.after }),
    toItems: (rows) => rows.map((r) => r.body),
  });

test('every owner gets its own page, newest first, with a different limit and cursor each, in one statement', async () => {
  const pages = loader();
  const before = statements.count;
  const [a, aAfter, b, c, notUuid] = await Promise.all([
    pages.load({ customerId: A, limit: 2, after: null }),
    pages.load({ customerId: A, limit: 10, after: ['2026-01-01T04:00:00Z', id(4)] }),
    pages.load({ customerId: B, limit: 1, after: null }),
    pages.load({ customerId: C, limit: 5, after: null }),
    pages.load({ customerId: 'not-a-uuid', limit: 5, after: null }),
  ]);
  expect(statements.count - before).toBe(1);
  expect({ a, aAfter, b, c, notUuid }).toEqual({ a: ['a5', 'a4'], aAfter: ['a3', 'a2', 'a1'], b: ['b7'], c: [], notUuid: [] });
});

test('rows with the same sort time are ordered (and cut) by id', async () => {
  const pages = loader();
  expect(await pages.load({ customerId: B, limit: 5, after: ['2026-01-02T00:00:00Z', id(7)] })).toEqual(['b6']);
});

test('the filter applies inside each page, so the limit counts only matching rows', async () => {
  expect(await loader('not x.hidden').load({ customerId: A, limit: 3, after: ['2026-01-01T05:00:00Z', id(5)] })).toEqual(['a4', 'a2', 'a1']);
});

test('keys of owners that are not UUIDs reach no SQL', async () => {
  const before = statements.count;
  expect(await loader().load({ customerId: 'x', limit: 5, after: null })).toEqual([]);
  expect(statements.count).toBe(before);
});

test('a table or column that is not a plain identifier is refused when the loader is made', () => {
  expect(() => ownerPages(ds, { table: 'demo.notes; drop table x', sort: [{ column: 'id', type: 'uuid' }], direction: 'asc', window: () => ({ owner: A, limit: 1, after: null }) })).toThrow(/bad table/);
  expect(() => ownerPages(ds, { table: 'demo.notes', sort: [{ column: 'id desc', type: 'uuid' }], direction: 'asc', window: () => ({ owner: A, limit: 1, after: null }) })).toThrow(/bad column/);
});

test('ownerCounts: every owner of a tick counted in one grouped statement, with the filter; owners without rows or not UUIDs count 0', async () => {
  const counts = ownerCounts(ds, { table: 'demo.notes' });
  const visible = ownerCounts(ds, { table: 'demo.notes', filter: 'not x.hidden' });
  const before = statements.count;
  expect(await Promise.all([A, B, C, 'not-a-uuid'].map((k) => counts.load(k)))).toEqual([5, 2, 0, 0]);
  expect(statements.count - before).toBe(1);
  expect(await visible.load(A)).toBe(4);
  expect(() => ownerCounts(ds, { table: 'demo.notes x; --' })).toThrow(/bad table/);
});

test('withTotalCount counts only when totalCount is read, and once (not enumerable: a spread neither counts nor copies it)', async () => {
  let counted = 0;
  const page = withTotalCount(toConnection(['a', 'b', 'c'], 2, (r) => [r], null), async () => ++counted * 7);
  expect(counted).toBe(0);
  expect(Object.keys(page)).not.toContain('totalCount');
  expect([await page.totalCount, await page.totalCount, counted]).toEqual([7, 7, 1]);
});
