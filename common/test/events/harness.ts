import type { DataSource } from 'typeorm';
import type { BusConfig } from '../../src/config';
import type { EventBus, EventConsumer, HandlerMap } from '../../src/events';
import { connectEvents, connectNatsBus, type EventPlatform, type NatsBusConnection } from '../../src/events';
import { durableName } from '../../src/events/nats/consumer';
import { natsTestBus } from '../../src/testing';

/** What the shared event suite needs from a bus besides the EventBus itself: a way to look inside it. */
export interface BusHarness {
  config: BusConfig;
  /** A process's plumbing (each call: new connections, as another replica would have). */
  connect(): Promise<EventPlatform>;
  /** The `note` of every event on the bus, in bus order. */
  notes(): Promise<string[]>;
  /** How many events the bus holds, and how many distinct event ids. */
  counts(): Promise<{ count: number; distinct: number }>;
  /** Empties the bus and forgets every consumer's position there. */
  reset(): Promise<void>;
  /** Makes the bus hand every event to consumer `name` again (a redelivery of everything). */
  redeliverAll(name: string): Promise<void>;
  /** Environment that makes `readBusConfig` in a child process choose this bus. */
  childEnv(): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** What a bus's own tests (beyond the shared suite) get: the suite's data source, bus and consumer factory. */
export interface SuiteParts {
  ds(): DataSource;
  bus(): EventBus;
  consumer(name: string, handlers: HandlerMap): EventConsumer;
}

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** The Postgres bus: `bus.events` in the test database. */
export function postgresHarness(dbUrl: string, query: Query): BusHarness {
  return {
    config: { kind: 'postgres' },
    connect: () => connectEvents({ kind: 'postgres' }, dbUrl),
    notes: async () => (await query(`select payload->>'note' as note from bus.events order by seq`)).map((r) => r.note as string),
    counts: async () => (await query(`select count(*)::int as count, count(distinct id)::int as distinct from bus.events`))[0] as never,
    reset: async () => void (await query(`truncate bus.events`)),
    redeliverAll: async (name) => void (await query(`update demo.consumer_offsets set position = 0 where consumer = $1`, [name])),
    childEnv: () => ({ BUS: 'postgres' }),
    close: async () => undefined,
  };
}

/** The NATS bus: a stream with a random prefix of its own, deleted by `close()`. */
export async function natsHarness(dbUrl: string, url: string): Promise<BusHarness> {
  const { bus, drop } = natsTestBus(url);
  const admin: NatsBusConnection = await connectNatsBus(bus);
  const { jsm, names } = admin;
  const envelopes = async () => {
    const { state } = await jsm.streams.info(names.stream);
    const out: { id: string; payload: { note: string } }[] = [];
    for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(names.stream, { seq }).catch(() => null);
      if (m) out.push(m.json());
    }
    return out;
  };
  return {
    config: bus,
    connect: () => connectEvents(bus, dbUrl),
    notes: async () => (await envelopes()).map((e) => e.payload.note),
    async counts() {
      const all = await envelopes();
      return { count: all.length, distinct: new Set(all.map((e) => e.id)).size };
    },
    async reset() {
      await jsm.streams.purge(names.stream);
      for (const c of await jsm.consumers.list(names.stream).next()) await jsm.consumers.delete(names.stream, c.name);
    },
    redeliverAll: async (name) => void (await jsm.consumers.delete(names.stream, durableName('demo', name))),
    childEnv: () => ({ BUS: 'nats', NATS_URL: bus.url, NATS_PREFIX: bus.prefix }),
    async close() {
      await admin.close();
      await drop();
    },
  };
}
