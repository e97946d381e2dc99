import { processStatementCount } from '../src/db';
import { OutboxRelay, type HandlerMap } from '../src/events';
import { eventBusSuite, outbox, ping } from './events/suite';
import { postgresHarness, type SuiteParts } from './events/harness';

/** The Postgres consumer commits a read batch at once (on NATS each message is acknowledged on its own). */
function batchTests({ ds, bus, consumer }: SuiteParts) {
  test('a burst is applied in one transaction per read batch, in bus order, each event once', async () => {
    const handlers: HandlerMap = {
      'platform.ping': async (e, tx) => {
        await tx.query(`insert into demo.applied select $1, txid_current()::text`, [e.id]);
        await tx.query(`insert into demo.ordered (aggregate, n) values ('burst', $1)`, [Number(e.payload.note)]);
      },
    };
    await ds().transaction((tx) => outbox.write(tx, ...Array.from({ length: 30 }, (_, i) => ping(String(i), 'burst'))));
    await new OutboxRelay(ds(), 'demo', bus()).drain();
    await consumer('together', handlers).drain();
    expect(await ds().query(`select count(distinct note)::int as n, count(*)::int as events from demo.applied`)).toEqual([{ n: 1, events: 30 }]);
    expect((await ds().query(`select n from demo.ordered order by id`)).map((r: { n: number }) => r.n)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  test("a batch's bookkeeping (held-back check, processed-event rows, offset) costs the same statements for 30 events as for 3", async () => {
    const handlers: HandlerMap = { 'platform.ping': async (e, tx) => void (await tx.query(`insert into demo.applied select $1, 'counted'`, [e.id])) };
    const bookkeeping = async (name: string, events: number) => {
      await ds().transaction((tx) => outbox.write(tx, ...Array.from({ length: events }, (_, i) => ping(`${name}-${i}`, name))));
      await new OutboxRelay(ds(), 'demo', bus()).drain();
      const c = consumer(name, handlers);
      await c.drain(); // the first read of a consumer starts from the bus's beginning: drain what came before
      await ds().transaction((tx) => outbox.write(tx, ...Array.from({ length: events }, (_, i) => ping(`${name}-b${i}`, name))));
      await new OutboxRelay(ds(), 'demo', bus()).drain();
      const before = processStatementCount();
      await c.drain();
      return processStatementCount() - before - events; // minus one handler statement per event
    };
    const three = await bookkeeping('three', 3);
    const thirty = await bookkeeping('thirty', 30);
    expect(thirty).toBe(three);
    expect(thirty).toBeLessThanOrEqual(12);
  });
}

// The event platform's guarantees on the embedded default bus (bus.events + LISTEN/NOTIFY), and its batching.
eventBusSuite('pg', async (url, ds) => postgresHarness(url, (sql, params) => ds.query(sql, params)), batchTests);
