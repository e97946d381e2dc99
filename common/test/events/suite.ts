import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, deadLetterMigration, migrateSchema, platformMigration, sqlMigration } from '../../src/db';
import { DeadLetterStore, OutboxRelay, Outbox, envelope, type EventBus, type EventConsumer, type EventPlatform, type HandlerMap } from '../../src/events';
import { createTestDatabase } from '../../src/testing';
import type { BusHarness, SuiteParts } from './harness';

const SCHEMA = 'demo';
const migrations = [
  platformMigration(SCHEMA, 1763900000001),
  sqlMigration('DemoApplied', 1763900000002, [
    `create table demo.applied (event_id uuid not null, note text not null)`,
    `create table demo.ordered (id bigserial primary key, aggregate text not null, n int not null)`,
  ]),
  deadLetterMigration(SCHEMA, 1763900000003),
];
export const outbox = new Outbox(SCHEMA);
export const ping = (note: string, aggregateId = note) => envelope('platform.ping', aggregateId, { note });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const applyPing: HandlerMap = {
  'platform.ping': (e, tx) => tx.query(`insert into demo.applied values ($1, $2)`, [e.id, e.payload.note]).then(() => undefined),
};
/** Short enough that a killed consumer's unacknowledged event comes back within the test (NATS only). */
const ACK_WAIT_MS = 2000;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(25);
    value = await read();
  }
  return value;
}

/**
 * The event platform's guarantees, the same on every bus: what commits is published exactly once and
 * in order, what rolls back never is, late commits are not skipped, and consumers apply each event
 * exactly once, in order per aggregate, across crashes, redeliveries and replicas.
 */
export function eventBusSuite(label: string, openHarness: (dbUrl: string, ds: DataSource) => Promise<BusHarness>, busTests?: (parts: SuiteParts) => void) {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let harness: BusHarness;
  let events: EventPlatform;
  let bus: EventBus;
  const started: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(`events${label}`);
    await migrateSchema(db.url, SCHEMA, migrations);
    ds = createDataSource({ url: db.url, schema: SCHEMA, entities: [] }).dataSource;
    await ds.initialize();
    harness = await openHarness(db.url, ds);
    events = await harness.connect();
    bus = events.bus;
  });
  afterAll(async () => {
    await events?.close();
    await harness?.close();
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query(`truncate demo.outbox, demo.applied, demo.ordered, demo.consumer_offsets, demo.processed_events, demo.dead_letters`);
    await harness.reset();
  });
  afterEach(async () => {
    for (const s of started.splice(0).reverse()) await s.stop();
  });
  const consumer = (name: string, handlers: HandlerMap, on: EventPlatform = events): EventConsumer =>
    on.bus.consumer({ name, dataSource: ds, schema: SCHEMA, handlers, listener: on.doorbell, ackWaitMs: ACK_WAIT_MS });
  const appliedCount = async () => Number((await ds.query(`select count(*)::int as n from demo.applied`))[0].n);

  test('a failing handler is retried then parked, the consumer moves on, later events of its aggregate are held, and a replay applies them in order once', async () => {
    const refused = new Set(['poison']);
    const handlers: HandlerMap = {
      'platform.ping': async (e, tx) => {
        if (refused.has(e.payload.note)) throw new Error(`refused ${e.payload.note}`);
        await tx.query(`insert into demo.ordered (aggregate, n) values ($1, 0)`, [e.payload.note]);
      },
    };
    await ds.transaction((tx) => outbox.write(tx, ping('poison', 'agg-1'), ping('after', 'agg-1'), ping('other', 'agg-2')));
    await new OutboxRelay(ds, SCHEMA, bus).drain();
    const retry = { attempts: 3, backoffMs: 1, maxBackoffMs: 4 };
    const c = bus.consumer({ name: 'dl', dataSource: ds, schema: SCHEMA, handlers, retry, ackWaitMs: ACK_WAIT_MS, onError: () => undefined });
    await c.drain();
    const applied = async () => (await ds.query(`select aggregate from demo.ordered order by id`)).map((r: { aggregate: string }) => r.aggregate);
    const letters = () => ds.query(`select id::text as id, status, attempts, error from demo.dead_letters order by id`);
    expect(await applied()).toEqual(['other']);
    const [parked, held] = await letters();
    expect([parked, held]).toEqual([
      { id: parked.id, status: 'PARKED', attempts: 3, error: 'refused poison' },
      { id: held.id, status: 'HELD', attempts: 0, error: null },
    ]);
    expect(await c.lag()).toBe(0);
    const store = new DeadLetterStore(ds, SCHEMA);
    store.attach(bus, { dl: handlers });
    const admin = { id: 'admin-1', role: 'admin' as const, scopes: [] };
    await expect(store.replay(admin, held.id)).rejects.toMatchObject({ code: 'PARKED_EVENT_HELD' });
    await expect(store.replay({ ...admin, role: 'agent' }, parked.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await store.replay(admin, parked.id)).toMatchObject({ status: 'PARKED', attempts: 4, error: 'refused poison' });
    refused.clear();
    expect(await store.replay(admin, parked.id)).toMatchObject({ status: 'REPLAYED', attempts: 5 });
    expect(await applied()).toEqual(['other', 'poison', 'after']);
    expect((await letters()).map((r: { status: string }) => r.status)).toEqual(['REPLAYED', 'REPLAYED']);
    expect(await store.replay(admin, parked.id)).toMatchObject({ status: 'REPLAYED', attempts: 5 });
    expect(await applied()).toEqual(['other', 'poison', 'after']);
  });

  busTests?.({ ds: () => ds, bus: () => bus, consumer });

  test('a rolled-back transaction publishes nothing', async () => {
    await expect(
      ds.transaction(async (tx) => {
        await outbox.write(tx, ping('doomed'));
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await ds.transaction((tx) => outbox.write(tx, ping('kept')));
    await new OutboxRelay(ds, SCHEMA, bus).drain();
    expect(await harness.notes()).toEqual(['kept']);
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
    expect(await harness.notes()).toEqual(['later-id-first-commit']);
    await slow.commitTransaction();
    await slow.release();
    await relay.drain();
    expect(await harness.notes()).toEqual(['later-id-first-commit', 'early-id-late-commit']);
    const [{ ids }] = await ds.query(`select array_agg(id order by id) as ids from demo.outbox`);
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a: number, b: number) => a - b));
  });

  test('a replay hands over every event of the asked types in bus order, and moves no consumer', async () => {
    const none: unknown[] = [];
    // the bus emptied by the previous test's reset (a purged stream still has a last sequence)
    await ds.transaction((tx) => bus.replay(tx, ['platform.ping'], async (batch) => void none.push(...batch)));
    expect(none).toEqual([]);
    await ds.transaction(async (tx) => {
      for (const note of ['r1', 'r2', 'r3']) await outbox.write(tx, ping(note));
    });
    await ds.transaction((tx) => outbox.write(tx, ping('r4')));
    await new OutboxRelay(ds, SCHEMA, bus).drain();
    const replayed: string[] = [];
    await ds.transaction((tx) => bus.replay(tx, ['platform.ping'], async (batch) => void replayed.push(...batch.map((e) => (e.payload as { note: string }).note))));
    expect(replayed).toEqual(['r1', 'r2', 'r3', 'r4']);
    await ds.transaction((tx) => bus.replay(tx, ['customer.registered'], async (batch) => void none.push(...batch)));
    expect(none).toEqual([]);
    // a consumer started afterwards still gets every event: the replay moved no position
    expect(await consumer('after-replay', applyPing).drain()).toBe(4);
    expect(await appliedCount()).toBe(4);
  });

  test('two relays racing publish each row exactly once', async () => {
    await ds.transaction(async (tx) => {
      for (let i = 0; i < 300; i++) await outbox.write(tx, ping(`n${i}`));
    });
    const relays = [new OutboxRelay(ds, SCHEMA, bus, { batchSize: 7 }), new OutboxRelay(ds, SCHEMA, bus, { batchSize: 11 })];
    await Promise.all(relays.map((r) => r.drain()));
    expect(await harness.counts()).toEqual({ count: 300, distinct: 300 });
    expect(await harness.notes()).toEqual(Array.from({ length: 300 }, (_, i) => `n${i}`));
  });

  test('a relay that dies after the bus took a row but before marking it publishes that row once', async () => {
    await ds.transaction((tx) => outbox.write(tx, ping('once')));
    const dying: EventBus = {
      append: async (manager, source, list) => {
        await bus.append(manager, source, list);
        throw new Error('killed before marking the row published');
      },
      consumer: (spec) => bus.consumer(spec),
      replay: (manager, types, onBatch) => bus.replay(manager, types, onBatch),
      fetch: (manager, ref) => bus.fetch(manager, ref),
    };
    await expect(new OutboxRelay(ds, SCHEMA, dying).runOnce()).rejects.toThrow('killed before marking');
    expect(await ds.query(`select count(*)::int as n from demo.outbox where published_at is null`)).toEqual([{ n: 1 }]);
    expect(await new OutboxRelay(ds, SCHEMA, bus).drain()).toBe(1);
    expect(await harness.counts()).toEqual({ count: 1, distinct: 1 });
    expect(await harness.notes()).toEqual(['once']);
  });

  test('the doorbell delivers a committed event to a running consumer without waiting for a poll', async () => {
    const relay = new OutboxRelay(ds, SCHEMA, bus, { listener: events.outboxListener, pollMs: 60_000 });
    const running = events.bus.consumer({
      name: 'doorbell',
      dataSource: ds,
      schema: SCHEMA,
      listener: events.doorbell,
      pollMs: 60_000,
      handlers: applyPing,
    });
    await relay.start();
    started.push(relay);
    await running.start();
    started.push(running);
    await ds.transaction((tx) => outbox.write(tx, ping('rung')));
    const rows = await until(() => ds.query(`select note from demo.applied`), (r) => r.length > 0, 30_000); // a poll would take 60 s
    expect(rows).toEqual([{ note: 'rung' }]);
  });

  test('a ring reaches another replica once the transaction commits, never on rollback', async () => {
    const other = await harness.connect();
    started.push({ stop: () => other.close() });
    const heard: string[] = [];
    await other.doorbell.listen('demo_ring', (payload) => heard.push(payload));
    await expect(
      ds.transaction(async (tx) => {
        await events.doorbell.ringOnCommit(tx, 'demo_ring', 'rolled-back');
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await ds.transaction(async (tx) => {
      await events.doorbell.ringOnCommit(tx, 'demo_ring', 'committed');
      await sleep(200);
      expect(heard).toEqual([]);
    });
    expect(await until(async () => [...heard], (h) => h.length > 0, 30_000)).toEqual(['committed']);
    await sleep(200);
    expect(heard).toEqual(['committed']);
  });

  test('two replicas of a consumer apply events in order per aggregate', async () => {
    const aggregates = ['a', 'b', 'c'];
    // runs of three consecutive events per aggregate, so two replicas could each hold one of a run
    for (let n = 0; n < 15; n += 3) {
      for (const a of aggregates) {
        for (let k = n; k < n + 3; k++) await ds.transaction((tx) => outbox.write(tx, ping(`${a}${k}`, a)));
      }
    }
    const handlers: HandlerMap = {
      'platform.ping': async (e, tx) => {
        await sleep(Math.random() * 8);
        await tx.query(`insert into demo.ordered (aggregate, n) values ($1, $2)`, [e.aggregateId, Number(e.payload.note.slice(1))]);
      },
    };
    const replica = await harness.connect();
    started.push({ stop: () => replica.close() });
    const replicas = [consumer('ordered', handlers), consumer('ordered', handlers, replica)];
    for (const r of replicas) {
      await r.start();
      started.push(r);
    }
    await new OutboxRelay(ds, SCHEMA, bus).drain();
    const count = () => ds.query(`select count(*)::int as n from demo.ordered`).then((r) => r[0].n as number);
    expect(await until(count, (n) => n === 45, 30_000)).toBe(45);
    for (const a of aggregates) {
      const rows = await ds.query(`select n from demo.ordered where aggregate = $1 order by id`, [a]);
      expect(rows.map((r: { n: number }) => r.n)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    }
  });

  test('a consumer killed mid-batch and restarted applies every event exactly once', async () => {
    const N = 40;
    await ds.transaction(async (tx) => {
      for (let i = 0; i < N; i++) await outbox.write(tx, ping(`e${i}`));
    });
    await new OutboxRelay(ds, SCHEMA, bus).drain();

    // A separate process consumes slowly; it is SIGKILLed once it has applied some events.
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '../fixtures/slow-consumer.ts')], {
      env: { ...process.env, ...harness.childEnv(), CONSUMER_DB_URL: db.url, CONSUMER_ACK_WAIT_MS: String(ACK_WAIT_MS) },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    await until(appliedCount, (n) => n >= 5, 120_000); // a hang guard: the child loads its modules on a busy machine
    child.kill('SIGKILL');
    await exited;
    const before = await appliedCount();
    expect(before).toBeGreaterThanOrEqual(5);
    expect(before).toBeLessThan(N);

    // Restarted in this process, with redelivery of everything from the start thrown in for good measure.
    await consumer('slow', applyPing).drain();
    await harness.redeliverAll('slow');
    expect(await consumer('slow', applyPing).drain()).toBe(N);

    const rows = await ds.query(`select note, count(*)::int as n from demo.applied group by note`);
    expect(rows).toHaveLength(N);
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  });
}

