import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction, queryRows } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { envelope, type Outbox } from '@member-graph/common/events';
import { pageSize } from '@member-graph/common/graphql';
import { type Clock } from '@member-graph/common/time';
import type { MergeParticipant } from '../merge/merge-participant';
import { BehaviourEventEntity } from './behaviour.entity';
import type { RecentBehaviourLoader } from './behaviour.loaders';
import type { BehaviourKind } from './behaviour.enums';
import { normaliseBehaviour, type BehaviourCommand, type NormalisedBehaviour } from './behaviour.rules';
import { moveRowsBack, rowIdsOf } from '../merge/merge-moves.repository';

/** A fact as stored (the columns the event needs). */
interface RecordedBehaviour {
  customerId: string;
  kind: string;
  occurredAt: Date;
  sku: string | null;
  category: string | null;
}

/**
 * Behaviour facts (login, browse, search, add-to-cart) recorded in batches from trackers: one
 * transaction per batch stores the events, moves each customer's last_active_at forward (never
 * back) and writes one customer.behaviour_recorded event per fact for marketing triggers. An event
 * carrying a clientEventId already recorded is skipped, so a retried batch counts once.
 */
export class BehaviourService implements MergeParticipant {
  readonly participantName = 'behaviour';

  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  /** Records a batch (integrations; a customer may record their own events only). */
  async record(actor: Actor | null, events: readonly BehaviourCommand[]): Promise<{ recorded: number; customers: number; duplicates: number }> {
    const a = requireRole(actor, 'system', 'customer');
    const now = this.deps.clock.now();
    const facts = normaliseBehaviour(events, now);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const survivorOf = await this.survivors(tx, [...new Set(facts.map((f) => f.customerId))]);
      if (a.role === 'customer') {
        const other = facts.find((f) => f.customerId !== a.id && survivorOf.get(f.customerId) !== a.id);
        if (other) throw notFound('Customer', other.customerId);
      }
      const rows = facts.map((f) => ({ ...f, customerId: survivorOf.get(f.customerId)! }));
      const customers = [...new Set(rows.map((r) => r.customerId))].sort();
      await this.lockActive(tx, customers);
      const inserted = await this.insertNew(tx, rows, now);
      await this.touchLastActive(tx, inserted);
      await this.announce(tx, inserted, a);
      return { recorded: inserted.length, customers: customers.length, duplicates: rows.length - inserted.length };
    });
  }

  /** The latest events of one customer through the request's loader; `first` is 1..100 (default 20). */
  recent(loader: RecentBehaviourLoader, customerId: string, first: number | null | undefined) {
    return loader.load({ customerId, first: pageSize(first) });
  }

  /** Merge: the events move to the survivor, whose last activity becomes the later of the two. */
  /** What a merge moves of ours: the merged customer's row ids (kept in the merge's audit row for an unmerge). */
  recordMove(tx: EntityManager, fromId: string): Promise<string[]> {
    return rowIdsOf(tx, 'behaviour_events', fromId);
  }

  /** An unmerge: the rows the merge moved go back to the restored customer. */
  undoMove(tx: EntityManager, record: unknown, survivorId: string, restoredId: string): Promise<number> {
    return moveRowsBack(tx, 'behaviour_events', record, survivorId, restoredId);
  }

  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number> {
    const moved = await tx.getRepository(BehaviourEventEntity).update({ customerId: fromId }, { customerId: toId });
    await tx.query(
      `update customer.customers s set last_active_at = greatest(s.last_active_at, m.last_active_at)
         from customer.customers m where s.id = $2 and m.id = $1 and m.last_active_at is not null`,
      [fromId, toId],
    );
    return moved.affected ?? 0;
  }

  /** Locks the (survivor) customers of a batch in id order; one that is not ACTIVE is NOT_FOUND. */
  private async lockActive(tx: EntityManager, customers: string[]): Promise<void> {
    const locked: unknown[] = await tx.query(
      `select id from customer.customers where id = any($1::uuid[]) and status = 'ACTIVE' order by id for no key update`,
      [customers],
    );
    if (locked.length !== customers.length) throw notFound('Customer');
  }

  /** Stores the facts; one whose clientEventId was recorded before (a retried batch, or twice in this one) is skipped. */
  private insertNew(tx: EntityManager, rows: NormalisedBehaviour[], now: Date) {
    return queryRows<RecordedBehaviour>(
      tx,
      `insert into customer.behaviour_events (customer_id, kind, occurred_at, sku, category, query, client_event_id, recorded_at)
       select e.customer_id, e.kind, e.occurred_at, e.sku, e.category, e.query, e.client_event_id, $8
         from unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[])
              with ordinality as e(customer_id, kind, occurred_at, sku, category, query, client_event_id, n)
        order by e.n
       on conflict (client_event_id) where client_event_id is not null do nothing
       returning customer_id as "customerId", kind, occurred_at as "occurredAt", sku, category`,
      [
        rows.map((r) => r.customerId),
        rows.map((r) => r.kind),
        rows.map((r) => r.occurredAt),
        rows.map((r) => r.sku),
        rows.map((r) => r.category),
        rows.map((r) => r.query),
        rows.map((r) => r.clientEventId),
        now,
      ],
    );
  }

  /** Moves each customer's last activity forward to its latest new fact (never back). */
  private async touchLastActive(tx: EntityManager, inserted: RecordedBehaviour[]): Promise<void> {
    await tx.query(
      `update customer.customers c set last_active_at = greatest(c.last_active_at, v.at)
         from (select e.id, max(e.at) as at from unnest($1::uuid[], $2::timestamptz[]) as e(id, at) group by e.id) v
        where c.id = v.id`,
      [inserted.map((r) => r.customerId), inserted.map((r) => r.occurredAt)],
    );
  }

  /** One customer.behaviour_recorded per new fact, written 1,000 at a time. */
  private async announce(tx: EntityManager, inserted: RecordedBehaviour[], actor: Actor): Promise<void> {
    for (let i = 0; i < inserted.length; i += 1000) {
      await this.deps.outbox.write(
        tx,
        ...inserted.slice(i, i + 1000).map((r) =>
          envelope(
            'customer.behaviour_recorded',
            r.customerId,
            { customerId: r.customerId, kind: r.kind as BehaviourKind, occurredAt: r.occurredAt.toISOString(), sku: r.sku, category: r.category },
            { actor, occurredAt: r.occurredAt },
          ),
        ),
      );
    }
  }

  /** Maps each requested id to the active customer it stands for (merged ids to their survivor); unknown ids are NOT_FOUND. */
  private async survivors(tx: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    let pending = new Map(ids.map((id) => [id, id])); // requested id → id to look at next
    for (let hop = 0; pending.size > 0 && hop < 6; hop++) {
      const rows: { id: string; status: string; merged_into_id: string | null }[] = await tx.query(
        `select id, status, merged_into_id from customer.customers where id = any($1::uuid[])`,
        [[...new Set(pending.values())]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const next = new Map<string, string>();
      for (const [requested, current] of pending) {
        const row = byId.get(current);
        if (row?.status === 'ACTIVE') result.set(requested, row.id);
        else if (row?.status === 'MERGED' && row.merged_into_id) next.set(requested, row.merged_into_id);
        else throw notFound('Customer', requested);
      }
      pending = next;
    }
    if (pending.size > 0) throw notFound('Customer', [...pending.keys()][0]);
    return result;
  }
}
