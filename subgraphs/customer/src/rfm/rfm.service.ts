import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { pageSize } from '@member-graph/common/graphql';
import { envelope, type EventEnvelope, type Outbox } from '@member-graph/common/events';
import { shanghaiDate, type Clock } from '@member-graph/common/time';
import { LifecycleCause, type LifecycleStage } from './lifecycle.enums';
import type { LifecycleTransition } from './lifecycle.type';
import type { LifecycleHistoryLoader } from './lifecycle.loaders';
import { classifyLifecycle, LIFECYCLE_SQL_PARAMS } from './lifecycle.rules';
import { PURCHASE_FACTS_SQL, recordTransitions, REFRESH_ALL_SQL, SCORED_COUNT_SQL } from './rfm.repository';

/** Whole-base refreshes take this lock exclusively, one-customer refreshes shared: they never interleave. */
const RFM_LOCK = 'member-graph:customer:rfm';
const EVENTS_PER_INSERT = 1000;

interface ChangedRow {
  id: string;
  old_r: number | null;
  old_f: number | null;
  old_m: number | null;
  old_stage: string;
  r: number | null;
  f: number | null;
  m: number | null;
  stage: string;
}

/** The outcome of one refresh. */
export interface RfmRefreshOutcome {
  computedAt: Date;
  scoredCustomers: number;
  rfmChanged: number;
  lifecycleChanged: number;
}

/**
 * RFM scores and lifecycle stages. `refresh` recomputes the whole base in one SQL statement (see
 * rfm.repository.ts) and writes customer.rfm_changed / customer.lifecycle_changed only for customers whose
 * values changed, in the same transaction; it is idempotent (a second run changes nothing).
 * `refreshLifecycleOf` re-derives one customer's stage when an order is recorded or refunded.
 */
export class RfmService {
  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  /** A customer's latest lifecycle moves, newest first (staff only; `first` 1..100, default 20). */
  async history(actor: Actor | null, loader: LifecycleHistoryLoader, customerId: string, first: number | null | undefined): Promise<LifecycleTransition[]> {
    requireRole(actor, 'agent', 'marketer', 'admin');
    const rows = await loader.load({ customerId, first: pageSize(first) });
    return rows.map((r) => ({ from: r.fromStage as LifecycleStage, to: r.toStage as LifecycleStage, cause: r.cause as LifecycleCause, at: r.at }));
  }

  /** The refreshRfm mutation: admins only. */
  refreshNow(actor: Actor | null): Promise<RfmRefreshOutcome> {
    const a = requireRole(actor, 'admin');
    return this.refresh(a, 'manual');
  }

  /** The scheduled job: refreshes once per Asia/Shanghai day (a run already made today is enough). */
  async refreshIfDue(): Promise<RfmRefreshOutcome | null> {
    const now = this.deps.clock.now();
    const startOfDay = new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
    const [done] = await this.deps.dataSource.query(`select 1 from customer.rfm_refreshes where computed_at >= $1 limit 1`, [startOfDay]);
    return done ? null : this.refresh(null, 'schedule');
  }

  /** Recomputes every active customer's scores and stage at the clock's now. */
  async refresh(actor: Actor | null, trigger: 'manual' | 'schedule'): Promise<RfmRefreshOutcome> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.dataSource, async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [RFM_LOCK]);
      // TypeORM answers UPDATE … RETURNING with [rows, count]
      const [changed]: [ChangedRow[], number] = await tx.query(REFRESH_ALL_SQL, [now, ...LIFECYCLE_SQL_PARAMS]);
      const events: EventEnvelope[] = [];
      let rfmChanged = 0;
      let lifecycleChanged = 0;
      for (const row of changed) {
        if (row.r !== row.old_r || row.f !== row.old_f || row.m !== row.old_m) {
          rfmChanged++;
          // the catalogue carries scores as numbers: losing all scores (every order refunded) is not announced
          if (row.r !== null && row.f !== null && row.m !== null) {
            events.push(envelope('customer.rfm_changed', row.id, { customerId: row.id, recency: row.r, frequency: row.f, monetary: row.m }, { actor, occurredAt: now }));
          }
        }
        if (row.stage !== row.old_stage) {
          lifecycleChanged++;
          events.push(envelope('customer.lifecycle_changed', row.id, { customerId: row.id, from: row.old_stage, to: row.stage }, { actor, occurredAt: now }));
        }
      }
      for (let i = 0; i < events.length; i += EVENTS_PER_INSERT) await this.deps.outbox.write(tx, ...events.slice(i, i + EVENTS_PER_INSERT));
      const moved = changed.filter((row) => row.stage !== row.old_stage);
      await recordTransitions(tx, moved.map((row) => ({ customerId: row.id, from: row.old_stage, to: row.stage })), trigger === 'manual' ? LifecycleCause.MANUAL_REFRESH : LifecycleCause.DAILY_REFRESH, now);
      const [{ n: scoredCustomers }] = await tx.query(SCORED_COUNT_SQL);
      await tx.query(
        `insert into customer.rfm_refreshes (computed_at, trigger, scored, rfm_changed, lifecycle_changed) values ($1, $2, $3, $4, $5)`,
        [now, trigger, scoredCustomers, rfmChanged, lifecycleChanged],
      );
      return { computedAt: now, scoredCustomers, rfmChanged, lifecycleChanged };
    });
  }

  /**
   * Re-derives one customer's lifecycle stage inside the caller's transaction (an event consumer's)
   * and announces a change (recorded in the lifecycle history with its cause). A merged id is followed
   * to its survivor; unknown ids are ignored.
   * Returns the new stage when it changed.
   */
  async refreshLifecycleOf(tx: EntityManager, customerId: string, cause: LifecycleCause, actor: Actor | null = null): Promise<string | null> {
    await tx.query(`select pg_advisory_xact_lock_shared(hashtext($1))`, [RFM_LOCK]);
    let id: string | null = customerId;
    let row: { id: string; status: string; merged_into_id: string | null; lifecycle_stage: string } | undefined;
    for (let hops = 0; id && hops < 6; hops++) {
      [row] = await tx.query(`select id, status, merged_into_id, lifecycle_stage from customer.customers where id = $1 for no key update`, [id]);
      id = row?.status === 'MERGED' ? row.merged_into_id : null;
    }
    if (!row || row.status !== 'ACTIVE') return null;
    const now = this.deps.clock.now();
    const [facts] = await tx.query(PURCHASE_FACTS_SQL, [now, row.id]);
    const stage = classifyLifecycle({ orders: facts.orders, lastPaidAt: facts.last_paid_at }, now);
    if (stage === row.lifecycle_stage) return null;
    await tx.query(`update customer.customers set lifecycle_stage = $2 where id = $1`, [row.id, stage]);
    await recordTransitions(tx, [{ customerId: row.id, from: row.lifecycle_stage, to: stage }], cause, now);
    await this.deps.outbox.write(tx, envelope('customer.lifecycle_changed', row.id, { customerId: row.id, from: row.lifecycle_stage, to: stage }, { actor, occurredAt: now }));
    return stage;
  }
}
