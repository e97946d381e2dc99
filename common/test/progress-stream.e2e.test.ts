import { Client } from 'pg';
import { PgListener } from '../src/events';
import { progressStream } from '../src/subscriptions';
import { createTestDatabase } from '../src/testing';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: Client;
let listener: PgListener;

beforeAll(async () => {
  db = await createTestDatabase('progress');
  client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(`create table steps (item text not null, seq int not null, stage text not null, primary key (item, seq))`);
  await client.query(`create function ring() returns trigger language plpgsql as $$ begin perform pg_notify('steps', NEW.item); return null; end $$`);
  await client.query(`create trigger steps_ring after insert on steps for each row execute function ring()`);
  listener = new PgListener(db.url);
});
afterAll(async () => {
  await listener.close();
  await client.end();
  await db.drop();
});

const add = (item: string, seq: number) => client.query(`insert into steps values ($1, $2, $3)`, [item, seq, `S${seq}`]);
const stream = (item: string, afterSeq: number) =>
  progressStream<{ seq: number; stage: string }>({
    listener,
    channel: 'steps',
    key: item,
    afterSeq,
    fetchAfter: async (after) => (await client.query(`select seq, stage from steps where item = $1 and seq > $2 order by seq`, [item, after])).rows,
  });

async function take(iterator: AsyncIterator<{ seq: number }>, n: number) {
  const seqs: number[] = [];
  for (let i = 0; i < n; i++) seqs.push((await iterator.next()).value.seq);
  return seqs;
}

test('replays what came after afterSeq, then follows live rows: no gap, no duplicate', async () => {
  for (let s = 1; s <= 5; s++) await add('a', s);
  const it = stream('a', 2);
  expect(await take(it, 3)).toEqual([3, 4, 5]);
  const live = take(it, 4);
  for (let s = 6; s <= 9; s++) await add('a', s);
  await add('other', 1); // another item's doorbell is ignored
  expect(await live).toEqual([6, 7, 8, 9]);
  await it.return!();
});

test('rows written while the replay is still reading are neither lost nor doubled', async () => {
  const it = stream('b', 0);
  const writes = (async () => {
    for (let s = 1; s <= 30; s++) await add('b', s);
  })();
  const seqs = await take(it, 30);
  await writes;
  expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  await it.return!();
});

test('return() ends a waiting stream and stops listening', async () => {
  const it = stream('c', 0);
  const pending = it.next();
  await it.return!();
  expect(await pending).toEqual({ value: undefined, done: true });
  await add('c', 1);
  expect(await it.next()).toEqual({ value: undefined, done: true });
});

test('a dropped LISTEN connection is re-established and the stream catches up with what happened meanwhile', async () => {
  const it = stream('d', 0);
  await add('d', 1);
  expect(await take(it, 1)).toEqual([1]);
  await client.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`);
  await add('d', 2);
  await add('d', 3);
  expect(await take(it, 2)).toEqual([2, 3]);
  await it.return!();
});
