import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import type { BusEvent, EventBus, EventType, HandlerMap } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import type { SegmentMembership } from '../segment/segment.membership';
import type { Rule } from '../segment/segment.rules';
import { historyIncomplete } from './rebuild.errors';

/** The projection tables: fed by events only, emptied and refilled by a rebuild. */
export const PROJECTION_TABLES = ['customer_facts', 'customer_skus', 'item_stats', 'item_pairs', 'category_browses', 'erased_customers'] as const;

export interface RebuildOutcome {
  replayedEvents: number;
  /** Segment joins and leaves the rebuilt facts caused (0 when the projection had not drifted). */
  segmentChanges: number;
}

/**
 * Rebuilds marketing's projection from the event log, whichever bus holds it: in one transaction that
 * holds the projection consumer's offset row (so the live consumer waits, on every replica), the
 * projection tables are emptied and every event the consumer has applied (its processed-event rows)
 * is replayed from the bus, in bus order, through the same handlers with their reactions switched off
 * (sends, timers and segment changes already happened). Events it has not applied yet are left to it.
 * When the bus no longer holds every applied event, nothing changes (PROJECTION_HISTORY_INCOMPLETE).
 * Readers keep seeing the old projection until it commits. Then each saved segment is reconciled
 * against the rebuilt facts.
 */
export class ProjectionRebuild {
  /** The projection consumer's handlers in replay mode (set by the composition root). */
  handlers: HandlerMap = {};

  constructor(
    private readonly deps: Deps,
    private readonly membership: SegmentMembership,
    private readonly consumer: string,
    private readonly bus: EventBus,
  ) {}

  /** The rebuildMarketingProjection mutation: admins only. */
  rebuildNow(actor: Actor | null) {
    requireRole(actor, 'admin');
    return this.rebuild();
  }

  async rebuild(): Promise<RebuildOutcome> {
    const types = Object.keys(this.handlers) as EventType[];
    const replayedEvents = await inTransaction(this.deps.dataSource, async (tx) => {
      await tx.query(`insert into marketing.consumer_offsets (consumer) values ($1) on conflict do nothing`, [this.consumer]);
      await tx.query(`select position from marketing.consumer_offsets where consumer = $1 for update`, [this.consumer]);
      const [{ applied }] = await queryRows<{ applied: number }>(tx, `select count(*)::int as applied from marketing.processed_events where consumer = $1`, [this.consumer]);
      for (const table of PROJECTION_TABLES) await tx.query(`delete from marketing.${table}`);
      let replayed = 0;
      await this.bus.replay(tx, types, async (events) => {
        const done = await this.appliedOf(tx, events);
        for (const event of events) if (done.has(event.id)) await this.apply(tx, event);
        replayed += done.size;
      });
      if (replayed < applied) throw historyIncomplete(applied, replayed);
      await tx.query(`update marketing.projection_state set rebuilt_at = $1, replayed_events = $2`, [this.deps.clock.now(), replayed]);
      return replayed;
    });
    let segmentChanges = 0;
    const segments = await queryRows<{ id: string }>(this.deps.dataSource, `select id from marketing.segments where archived_at is null order by id`);
    for (const { id } of segments) {
      segmentChanges += await inTransaction(this.deps.dataSource, async (tx) => {
        const [row] = await queryRows<{ rule: Rule }>(tx, `select rule from marketing.segments where id = $1 and archived_at is null for update`, [id]);
        if (!row) return 0;
        const { joined, left } = await this.membership.recompute(tx, id, row.rule, 'REBUILD');
        return joined + left;
      });
    }
    return { replayedEvents, segmentChanges };
  }

  /** The ids among `events` the live consumer has applied. */
  private async appliedOf(tx: EntityManager, events: BusEvent[]): Promise<Set<string>> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `select event_id as id from marketing.processed_events where consumer = $1 and event_id = any($2::uuid[])`,
      [this.consumer, events.map((e) => e.id)],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async apply(tx: EntityManager, event: BusEvent) {
    const handler = this.handlers[event.type] as ((e: BusEvent, m: EntityManager) => Promise<void>) | undefined;
    await handler?.(event, tx);
  }
}
