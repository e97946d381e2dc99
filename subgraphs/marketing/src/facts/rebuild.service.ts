import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { PostgresBus, type BusEvent, type EventType, type HandlerMap } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import type { SegmentMembership } from '../segment/segment.membership';
import type { Rule } from '../segment/segment.rules';

/** The projection tables: fed by events only, emptied and refilled by a rebuild. */
export const PROJECTION_TABLES = ['customer_facts', 'customer_skus', 'item_stats', 'item_pairs', 'category_browses', 'erased_customers'] as const;

export interface RebuildOutcome {
  replayedEvents: number;
  /** Segment joins and leaves the rebuilt facts caused (0 when the projection had not drifted). */
  segmentChanges: number;
}

const REPLAY_BATCH = 1000;

/**
 * Rebuilds marketing's projection from the event log: in one transaction that holds the projection
 * consumer's offset row (so the live consumer waits), the projection tables are emptied, the
 * consumer's processed-event rows reset, and every event up to the consumer's offset is replayed
 * through the same handlers with their reactions switched off (sends, timers and segment changes
 * already happened). Readers keep seeing the old projection until it commits. Then each saved
 * segment is reconciled against the rebuilt facts.
 */
export class ProjectionRebuild {
  /** The projection consumer's handlers in replay mode (set by the composition root). */
  handlers: HandlerMap = {};

  constructor(
    private readonly deps: Deps,
    private readonly membership: SegmentMembership,
    private readonly consumer: string,
  ) {}

  /** The rebuildMarketingProjection mutation: admins only. */
  rebuildNow(actor: Actor | null) {
    requireRole(actor, 'admin');
    return this.rebuild();
  }

  async rebuild(): Promise<RebuildOutcome> {
    const bus = new PostgresBus();
    const types = Object.keys(this.handlers) as EventType[];
    const replayedEvents = await inTransaction(this.deps.dataSource, async (tx) => {
      await tx.query(`insert into marketing.consumer_offsets (consumer) values ($1) on conflict do nothing`, [this.consumer]);
      const [{ position }] = await queryRows<{ position: number }>(tx, `select position from marketing.consumer_offsets where consumer = $1 for update`, [this.consumer]);
      for (const table of PROJECTION_TABLES) await tx.query(`delete from marketing.${table}`);
      await tx.query(`delete from marketing.processed_events where consumer = $1`, [this.consumer]);
      let after = 0;
      let replayed = 0;
      for (;;) {
        const events = (await bus.read(tx, after, types, REPLAY_BATCH)).filter((e) => e.seq <= Number(position));
        for (const event of events) await this.apply(tx, event);
        replayed += events.length;
        if (events.length < REPLAY_BATCH) break;
        after = events[events.length - 1].seq;
      }
      await tx.query(
        `insert into marketing.processed_events (consumer, event_id)
         select $1, id from bus.events where seq <= $2 and type = any($3::text[]) on conflict do nothing`,
        [this.consumer, position, types],
      );
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

  private async apply(tx: EntityManager, event: BusEvent) {
    const handler = this.handlers[event.type] as ((e: BusEvent, m: EntityManager) => Promise<void>) | undefined;
    await handler?.(event, tx);
  }
}
