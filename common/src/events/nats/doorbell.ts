import type { Subscription } from '@nats-io/transport-node';
import type { EntityManager } from 'typeorm';
import { afterCommit } from '../after-commit';
import type { Doorbell, DoorbellHandler } from '../doorbell';
import type { NatsBusConnection } from './connection';

/**
 * The doorbell on core NATS: one subject per channel (`<prefix>.doorbell.<channel>`), so a ring reaches
 * every process of every machine that listens. It is published after the writer's commit, so a crash
 * in between loses it: readers also re-read every `safetyPollMs`, and every listener is rung once after
 * the connection comes back.
 */
export class NatsDoorbell implements Doorbell {
  readonly safetyPollMs = 10_000;
  private readonly handlers = new Set<DoorbellHandler>();
  private closed = false;

  constructor(private readonly connection: NatsBusConnection) {
    void this.ringAllOnReconnect();
  }

  async listen(channel: string, handler: DoorbellHandler): Promise<() => Promise<void>> {
    const subject = this.connection.names.doorbellSubject(channel);
    const sub: Subscription = this.connection.nc.subscribe(subject, { callback: (_err, msg) => handler(msg.string()) });
    this.handlers.add(handler);
    await this.connection.nc.flush(); // the server knows the subscription before a reader's first read
    return async () => {
      this.handlers.delete(handler);
      sub.unsubscribe();
    };
  }

  async ringOnCommit(tx: EntityManager, channel: string, payload = ''): Promise<void> {
    const subject = this.connection.names.doorbellSubject(channel);
    afterCommit(tx, () => {
      if (!this.connection.nc.isClosed()) this.connection.nc.publish(subject, payload);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
  }

  private async ringAllOnReconnect() {
    for await (const status of this.connection.nc.status()) {
      if (this.closed) return;
      if (status.type === 'reconnect') this.handlers.forEach((h) => h(''));
    }
  }
}
