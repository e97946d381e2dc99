import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withClient } from '@member-graph/common/db';
import { createTestDatabase } from '@member-graph/common/testing';
import { formatLineError } from '../src/import/import.types';
import { importOrders, readOrderFile } from '../src/import/order-import';

/** The CDNOW sample in the team's shared data folder, beside the checkout (found upwards, so a worktree finds it too). */
const CDNOW = (() => {
  const file = path.join('shared', 'data', 'cdnow', 'CDNOW_sample.txt');
  for (let dir = path.join(__dirname, '..', '..', '..', '..'); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, file)) || dir === path.dirname(dir)) return path.join(dir, file);
  }
})();

let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase('import'); // a clone of the run's template: every schema is migrated
});
afterAll(async () => {
  await db?.drop();
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  withClient(db.url, async (c) => (await c.query(text, params)).rows as T[]);

const totals = async () => {
  const [row] = await sql<{ customers: number; identities: number; orders: number; lines: number; cents: string; events: number }>(`
    select (select count(*)::int from customer.customers) as customers,
           (select count(*)::int from customer.identities where type = 'IMPORT_ID' and app_id = 'cdnow') as identities,
           (select count(*)::int from customer.orders) as orders,
           (select count(*)::int from customer.order_lines) as lines,
           (select coalesce(sum(amount_cents), 0)::text from customer.orders) as cents,
           (select count(*)::int from customer.outbox) as events`);
  return row;
};

test('the CDNOW sample imports as 2,357 customers and 6,696 orders worth 244,091.94; a second run adds nothing', async () => {
  const parsed = await readOrderFile(CDNOW);
  expect(parsed.format).toBe('cdnow');

  const started = Date.now();
  const first = await importOrders(db.url, parsed, { progress: false });
  const seconds = (Date.now() - started) / 1000;
  console.log(`CDNOW import: ${parsed.records.length} orders in ${seconds.toFixed(1)} s`);
  expect(first).toMatchObject({
    customersCreated: 2357,
    ordersRecorded: 6696,
    ordersAlreadyPresent: 0,
    ordersFailed: 0,
    linesSkipped: 0,
    amountRecordedCents: 24_409_194,
    amountTotalCents: 24_409_194,
    errors: [],
  });
  const after = await totals();
  expect(after).toEqual({ customers: 2357, identities: 2357, orders: 6696, lines: 6919, cents: '24409194', events: 2357 + 6696 });
  const [sample] = await sql(`
    select o.external_no, o.channel, o.paid_at, o.amount_cents, c.registration_channel, c.last_active_at
      from customer.orders o join customer.customers c on c.id = o.customer_id
     where o.external_no = 'cdnow-00004-19970101'`);
  expect(sample).toEqual({
    external_no: 'cdnow-00004-19970101',
    channel: 'IMPORT',
    paid_at: new Date('1997-01-01T04:00:00.000Z'),
    amount_cents: 2933,
    registration_channel: 'IMPORT',
    last_active_at: new Date('1997-12-12T04:00:00.000Z'), // the customer's latest order
  });

  const second = await importOrders(db.url, parsed, { progress: false });
  expect(second).toMatchObject({ customersCreated: 0, ordersRecorded: 0, ordersAlreadyPresent: 6696, ordersFailed: 0, amountTotalCents: 24_409_194 });
  expect(await totals()).toEqual(after);
}, 600_000); // a hang guard: two imports of 6,696 orders on a busy 2-core machine

test('NDJSON: a bad line is reported with its line number and skipped; the other lines import', async () => {
  const order = (n: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      externalNo: `ND-${n}`,
      identity: { type: 'APP_USER_ID', value: `nd-user-${n % 2}` },
      profile: { name: `用户${n % 2}` },
      channel: 'APP',
      paidAt: '2026-01-10T08:00:00+08:00',
      lines: [{ sku: 'SKU-1', category: 'baby', quantity: 2, amount: '59.90' }],
      ...extra,
    });
  const lines = [
    order(1),
    order(2),
    '{"externalNo": "ND-broken",',
    '',
    order(3, { lines: [{ sku: 'SKU-1', quantity: 0, amount: '1.00' }] }),
    order(4, { channel: 'STORE', storeId: 'SH-01' }),
  ];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-import-'));
  const file = path.join(dir, 'orders.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const parsed = await readOrderFile(file);
  rmSync(dir, { recursive: true, force: true });

  expect(parsed.format).toBe('ndjson');
  const summary = await importOrders(db.url, parsed, { progress: false });
  expect(summary).toMatchObject({ customersCreated: 2, ordersRecorded: 3, ordersAlreadyPresent: 0, ordersFailed: 1, linesSkipped: 2, amountRecordedCents: 3 * 5990 });
  expect(summary.errors.map(formatLineError)).toEqual(['line 3: not valid JSON', 'line 5: lines[0].quantity must be a whole number from 1 to 1000000']);
  const rows = await sql(`select external_no, channel, store_id from customer.orders where external_no like 'ND-%' order by external_no`);
  expect(rows).toEqual([
    { external_no: 'ND-1', channel: 'APP', store_id: null },
    { external_no: 'ND-2', channel: 'APP', store_id: null },
    { external_no: 'ND-4', channel: 'STORE', store_id: 'SH-01' },
  ]);

  const again = await importOrders(db.url, parsed, { progress: false });
  expect(again).toMatchObject({ customersCreated: 0, ordersRecorded: 0, ordersAlreadyPresent: 3, ordersFailed: 1 });
});

test('the CDNOW master layout (four columns, a header line) imports the same orders; a changed order is ORDER_CONFLICT and changes nothing', async () => {
  const sample = readFileSync(CDNOW, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  // the master file's layout: customer id, date, CDs, dollars (no sample id), under a header
  const master = ['customer_id date cds dollars', ...sample.map((l) => l.trim().split(/\s+/).filter((_, i) => i !== 1).join(' '))];
  master[1] = master[1].replace(/\s[\d.]+$/, ' 99.99'); // the first order of customer 00004 now says another amount
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-import-'));
  const file = path.join(dir, 'CDNOW_master.txt');
  writeFileSync(file, `${master.join('\n')}\n`);
  const parsed = await readOrderFile(file);
  rmSync(dir, { recursive: true, force: true });

  expect(parsed).toMatchObject({ format: 'cdnow', dataLines: 6919, errors: [] });
  const before = await totals();
  const summary = await importOrders(db.url, parsed, { progress: false });
  expect(summary).toMatchObject({ customersCreated: 0, ordersRecorded: 0, ordersAlreadyPresent: 6695, ordersFailed: 1, linesSkipped: 1 });
  expect(summary.errors.map(formatLineError)).toEqual([expect.stringMatching(/^line 2: .*cdnow-00004-19970101/)]);
  expect(await totals()).toEqual(before);
});
