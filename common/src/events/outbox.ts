import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from './envelope';
import { ident } from './sql';
import { SqlParams } from '../db/sql-params';

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
    const q = new SqlParams();
    await manager.query(this.insertSql(q, events), q.values);
  }

  /**
   * The insert of `events` as a piece of the caller's statement (a CTE), so that a write of one
   * statement carries its events: written once, or, with `when`, only if the caller's CTE `when` has a
   * row (an order that was inserted, not a replay). The statement is its own transaction, or runs in one.
   */
  insertSql(q: SqlParams, events: EventEnvelope[], when?: string): string {
    const rows = events.map(
      (e) =>
        `(${q.add(e.id)}::uuid, ${q.add(e.type)}::text, ${q.add(e.aggregateId)}::text, ${q.add(e.occurredAt)}::timestamptz, ` +
        `${q.add(e.actor ? JSON.stringify(e.actor) : null)}::jsonb, ${q.add(JSON.stringify(e.payload))}::jsonb)`,
    );
    const values = when ? `select v.* from (values ${rows.join(', ')}) as v where exists (select 1 from ${when})` : `values ${rows.join(', ')}`;
    return `insert into ${this.table} (event_id, type, aggregate_id, occurred_at, actor, payload) ${values}`;
  }
}
