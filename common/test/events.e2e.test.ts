import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, migrateSchema, platformMigration, sqlMigration } from '../src/db';
import { Consumer, OutboxRelay, Outbox, PostgresBus, PgListener, envelope } from '../src/events';
import { createTestDatabase } from '../src/testing';

const SCHEMA = 'demo';
const migrations = [
  platformMigration(SCHEMA, 1763900000001),
  sqlMigration('DemoApplied', 1763900000002, [`create table demo.applied (event_id uuid not null, note text not null)`]),
];

let db: { url: string; drop(): Promise<void> };
let ds: DataSource;
const bus = new PostgresBus();
const outbox = new Outbox(SCHEMA);

beforeAll(async () => {
  db = await createTestDatabase('events');
  await migrateSchema(db.url, SCHEMA, migrations);
  ds = createDataSource({ url: db.url, schema: SCHEMA, entities: [] }).dataSource;
  await ds.initialize();
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
});
beforeEach(async () => {
  await ds.query(`truncate demo.outbox, demo.applied, demo.consumer_offsets, demo.processed_events, bus.events`);
});

const ping = (note: string) => envelope('platform.ping', note, { note });
const busNotes = async () => (await ds.query(`select payload->>'note' as note from bus.events order by seq`)).map((r: { note: string }) => r.note);

test('a rolled-back transaction publishes nothing', async () => {
  await expect(
    ds.transaction(async (tx) => {
      await outbox.write(tx, ping('doomed'));
      throw new Error('business rule failed');
    }),
  ).rejects.toThrow('business rule failed');
  await ds.transaction((tx) => outbox.write(tx, ping('kept')));
  await new OutboxRelay(ds, SCHEMA, bus).drain();
  expect(await busNotes()).toEqual(['kept']);
});

test('writing outside a transaction is refused', async () => {
  await expect(outbox.write(ds.manager, ping('loose'))).rejects.toThrow('inside a transaction');
});

test('an event whose transaction commits after a later id is still delivered', async () => {
  const relay = new OutboxRelay(ds, SCHEMA, bus);
  const slow = ds.createQueryRunner();
  await slow.connect();
  await slow.startTransaction();
  await outbox.write(slow.manager, ping('early-id-late-commit'));
  await ds.transaction((tx) => outbox.write(tx, ping('later-id-first-commit')));
  await relay.drain();
  expect(await busNotes()).toEqual(['later-id-first-commit']);
  await slow.commitTransaction();
  await slow.release();
  await relay.drain();
  expect(await busNotes()).toEqual(['later-id-first-commit', 'early-id-late-commit']);
  const [{ ids }] = await ds.query(`select array_agg(id order by id) as ids from demo.outbox`);
  expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a: number, b: number) => a - b));
});

test('two relays racing publish each row exactly once', async () => {
  await ds.transaction(async (tx) => {
    for (let i = 0; i < 300; i++) await outbox.write(tx, ping(`n${i}`));
  });
  const relays = [new OutboxRelay(ds, SCHEMA, bus, { batchSize: 7 }), new OutboxRelay(ds, SCHEMA, bus, { batchSize: 11 })];
  await Promise.all(relays.map((r) => r.drain()));
  const [{ count, distinct }] = await ds.query(`select count(*)::int as count, count(distinct id)::int as distinct from bus.events`);
  expect(count).toBe(300);
  expect(distinct).toBe(300);
});

test('the doorbell delivers a committed event to a running consumer without waiting for a poll', async () => {
  const listener = new PgListener(db.url);
  const relay = new OutboxRelay(ds, SCHEMA, bus, { listener, pollMs: 60_000 });
  const consumer = new Consumer({
    name: 'doorbell',
    dataSource: ds,
    schema: SCHEMA,
    bus,
    listener,
    pollMs: 60_000,
    handlers: { 'platform.ping': (e, tx) => tx.query(`insert into demo.applied values ($1, $2)`, [e.id, e.payload.note]) },
  });
  await relay.start();
  await consumer.start();
  try {
    await ds.transaction((tx) => outbox.write(tx, ping('rung')));
    const deadline = Date.now() + 30_000; // a hang guard: the loop ends as soon as the row is there
    let rows: unknown[] = [];
    while (Date.now() < deadline && rows.length === 0) {
      await new Promise((r) => setTimeout(r, 20));
      rows = await ds.query(`select note from demo.applied`);
    }
    expect(rows).toEqual([{ note: 'rung' }]);
  } finally {
    await consumer.stop();
    await relay.stop();
    await listener.close();
  }
});

test('a consumer killed mid-batch and restarted applies every event exactly once', async () => {
  const N = 40;
  await ds.transaction(async (tx) => {
    for (let i = 0; i < N; i++) await outbox.write(tx, ping(`e${i}`));
  });
  await new OutboxRelay(ds, SCHEMA, bus).drain();

  // A separate process consumes slowly; it is SIGKILLed once it has applied some events.
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'fixtures/slow-consumer.ts')], {
    env: { ...process.env, CONSUMER_DB_URL: db.url },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  const deadline = Date.now() + 60_000; // a hang guard (the child may boot slowly on a busy machine)
  let applied = 0;
  while (Date.now() < deadline && applied < 5) {
    await new Promise((r) => setTimeout(r, 50));
    [{ applied }] = await ds.query(`select count(*)::int as applied from demo.applied`);
  }
  child.kill('SIGKILL');
  await exited;
  const [{ before }] = await ds.query(`select count(*)::int as before from demo.applied`);
  expect(before).toBeGreaterThanOrEqual(5);
  expect(before).toBeLessThan(N);

  // Restarted in this process, with redelivery of everything from offset 0 thrown in for good measure.
  const handlers = { 'platform.ping': (e: { id: string; payload: { note: string } }, tx: import('typeorm').EntityManager) =>
    tx.query(`insert into demo.applied values ($1, $2)`, [e.id, e.payload.note]).then(() => undefined) };
  await new Consumer({ name: 'slow', dataSource: ds, schema: SCHEMA, bus, handlers }).drain();
  await ds.query(`update demo.consumer_offsets set position = 0 where consumer = 'slow'`);
  await new Consumer({ name: 'slow', dataSource: ds, schema: SCHEMA, bus, handlers }).drain();

  const rows = await ds.query(`select note, count(*)::int as n from demo.applied group by note`);
  expect(rows).toHaveLength(N);
  expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
});
