import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Doorbell, DoorbellHandler as Handler } from './doorbell';

/**
 * One dedicated connection for LISTEN. Handlers are doorbells only: missing a notification is
 * harmless because every listener also polls. Reconnects after a dropped connection.
 */
export class PgListener implements Doorbell {
  /** NOTIFY is delivered with the commit, so no ring is lost. */
  readonly safetyPollMs = null;
  private client: Client | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {}

  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    const fresh = !set;
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(handler);
    const client = await this.connect();
    if (fresh) await client.query(`listen "${channel}"`);
    return async () => {
      set!.delete(handler);
      if (set!.size === 0) {
        this.handlers.delete(channel);
        await this.client?.query(`unlisten "${channel}"`).catch(() => undefined);
      }
    };
  }

  /** NOTIFY inside the transaction: Postgres delivers it on commit and drops it on rollback. */
  async ringOnCommit(tx: EntityManager, channel: string, payload = ''): Promise<void> {
    await tx.query(`select pg_notify($1, $2)`, [channel, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  private connecting: Promise<Client> | null = null;

  private connect(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    if (this.connecting) return this.connecting;
    this.connecting = (async () => {
      const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
      client.on('notification', (msg) => {
        this.handlers.get(msg.channel)?.forEach((h) => h(msg.payload ?? ''));
      });
      const lost = () => {
        if (this.client === client) this.scheduleReconnect();
      };
      client.on('error', lost);
      client.on('end', lost);
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`listen "${channel}"`);
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** Retries every 500 ms until connected again, then rings every handler once so readers catch up. */
  private scheduleReconnect() {
    if (this.closed || this.reconnectTimer) return;
    this.client = null;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().then(
        () => this.handlers.forEach((set) => set.forEach((h) => h(''))),
        () => this.scheduleReconnect(),
      );
    }, 500);
    this.reconnectTimer.unref();
  }
}
