import type { BusConfig } from '../config/bus';
import { PostgresBus, type EventBus } from './bus';
import type { Doorbell } from './doorbell';
import { connectNatsBus } from './nats/connection';
import { NatsBus } from './nats/bus';
import { NatsDoorbell } from './nats/doorbell';
import { PgListener } from './pg-listener';

/** A process's event plumbing, chosen by `BUS`. */
export interface EventPlatform {
  bus: EventBus;
  /** Wake-ups that reach every replica (subscriptions, retrains): NOTIFY, or core NATS with BUS=nats. */
  doorbell: Doorbell;
  /** The LISTEN connection to this subgraph's own database (the outbox trigger rings the relay on it). */
  outboxListener: PgListener;
  /** Readiness of the bus's own connection (nothing extra for Postgres, `{ nats }` for NATS). */
  ready(): Promise<Record<string, boolean>>;
  close(): Promise<void>;
}

/** Connects the bus the configuration names (Postgres when none); `close()` ends every connection. */
export async function connectEvents(config: BusConfig | undefined, databaseUrl: string): Promise<EventPlatform> {
  const outboxListener = new PgListener(databaseUrl);
  if (!config || config.kind === 'postgres') {
    return { bus: new PostgresBus(), doorbell: outboxListener, outboxListener, ready: async () => ({}), close: () => outboxListener.close() };
  }
  const connection = await connectNatsBus(config);
  const doorbell = new NatsDoorbell(connection);
  return {
    bus: new NatsBus(connection),
    doorbell,
    outboxListener,
    ready: async () => ({ nats: await answers(connection) }),
    async close() {
      await doorbell.close();
      await outboxListener.close();
      await connection.close();
    },
  };
}

/** The server answers a ping within a second. */
function answers({ nc }: { nc: { rtt(): Promise<number> } }): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, 1000, false).unref());
  return Promise.race([nc.rtt().then(() => true, () => false), timeout]);
}
