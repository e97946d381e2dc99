import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from './envelope';
import { ident } from './sql';

/**
 * The only writer of events: inserts envelopes into the subgraph's outbox inside the caller's
 * transaction, so a rollback drops them and a commit makes them durable together with the change.
 */
export class Outbox {
  private readonly table: string;
  constructor(readonly schema: string) {
    this.table = `${ident(schema)}.outbox`;
  }

  async write(manager: EntityManager, ...events: EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.write must run inside a transaction');
    }
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(e.id, e.type, e.aggregateId, e.occurredAt, e.actor ? JSON.stringify(e.actor) : null, JSON.stringify(e.payload));
      const b = i * 6;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
    });
    await manager.query(
      `insert into ${this.table} (event_id, type, aggregate_id, occurred_at, actor, payload) values ${rows.join(', ')}`,
      values,
    );
  }
}
