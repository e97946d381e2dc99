import type { EntityManager } from 'typeorm';
import { inTransaction } from '@member-graph/common/db';
import { envelope, type EventEnvelope } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import type { FactsProjection } from '../facts/facts.projection';
import { evaluateRule, nextChangeAt, type Rule } from './segment.rules';
import { compileNextChange, compileRule } from './segment.compiler';

export type MembershipCause = 'EVENT' | 'TIMER' | 'SAVE' | 'REBUILD';

/** Called with the customers who just joined a segment (campaign triggers schedule them). */
export type JoinedHook = (tx: EntityManager, segmentId: string, customerIds: string[]) => Promise<void>;

interface Change {
  segmentId: string;
  customerId: string;
  joined: boolean;
}

const EVENTS_PER_INSERT = 1000;

/**
 * Keeps saved segments' membership up to date without full rebuilds: when an event changes a
 * customer's facts only that customer is evaluated (in TypeScript) against the saved segments; rules
 * that depend on time set a per-customer timer at the next instant the answer can change, which a
 * job picks FOR UPDATE SKIP LOCKED. Saving a segment evaluates its rule once in SQL. Every join and
 * leave is a row in segment_changes and a marketing.segment_membership_changed event.
 */
export class SegmentMembership {
  onJoined: JoinedHook | null = null;

  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsProjection,
  ) {}

  /**
   * Re-evaluates one customer against every saved segment (the caller holds the customer's lock)
   * and moves their segment timer. Segment rows are read FOR SHARE, so a segment being saved is
   * waited for and its new rule applies.
   */
  async evaluateCustomer(tx: EntityManager, customerId: string, cause: MembershipCause): Promise<Change[]> {
    const now = this.deps.clock.now();
    const facts = await this.facts.load(tx, customerId);
    const segments = await queryRows<{ id: string; rule: Rule }>(
      tx,
      `select id, rule from marketing.segments where archived_at is null order by id for share`,
    );
    const current = new Set(
      (await queryRows<{ segmentId: string }>(tx, `select segment_id as "segmentId" from marketing.segment_members where customer_id = $1`, [customerId])).map(
        (r) => r.segmentId,
      ),
    );
    const changes: Change[] = [];
    let due: number | null = null;
    for (const s of segments) {
      const member = !!facts && evaluateRule(s.rule, facts, now, this.deps.settings.baseTier);
      if (member && !current.has(s.id)) {
        const inserted = await queryRows(
          tx,
          `insert into marketing.segment_members (segment_id, customer_id, since) values ($1, $2, $3) on conflict do nothing returning customer_id`,
          [s.id, customerId, now],
        );
        if (inserted.length) changes.push({ segmentId: s.id, customerId, joined: true });
      } else if (!member && current.has(s.id)) {
        const deleted = await queryRows(tx, `delete from marketing.segment_members where segment_id = $1 and customer_id = $2 returning customer_id`, [s.id, customerId]);
        if (deleted.length) changes.push({ segmentId: s.id, customerId, joined: false });
      }
      const next = facts && !facts.mergedInto ? nextChangeAt(s.rule, facts, now) : null;
      if (next && (due === null || next.getTime() < due)) due = next.getTime();
    }
    // segments archived since the customer joined them are left by archiveSegment itself
    if (due === null) await tx.query(`delete from marketing.segment_timers where customer_id = $1`, [customerId]);
    else {
      await tx.query(
        `insert into marketing.segment_timers (customer_id, due_at) values ($1, $2) on conflict (customer_id) do update set due_at = excluded.due_at`,
        [customerId, new Date(due)],
      );
    }
    await this.record(tx, changes, cause, now);
    for (const c of changes) if (c.joined) await this.onJoined?.(tx, c.segmentId, [customerId]);
    return changes;
  }

  /**
   * Evaluates a segment's rule for every customer in one SQL statement and applies the difference
   * to its membership (saving a segment; a rebuild). Sets the timers its time-relative conditions need.
   */
  async recompute(tx: EntityManager, segmentId: string, rule: Rule, cause: MembershipCause): Promise<{ joined: number; left: number }> {
    const now = this.deps.clock.now();
    const compiled = compileRule(rule, now, 3, this.deps.settings.baseTier);
    const rows = await queryRows<{ customerId: string; joined: boolean }>(
      tx,
      `with matching as (select f.customer_id from marketing.customer_facts f where ${compiled.where}),
       joined as (
         insert into marketing.segment_members (segment_id, customer_id, since) select $1, customer_id, $2 from matching
         on conflict do nothing returning customer_id),
       left_ as (
         delete from marketing.segment_members m where m.segment_id = $1
           and not exists (select 1 from matching x where x.customer_id = m.customer_id) returning m.customer_id)
       select customer_id as "customerId", true as joined from joined
       union all select customer_id, false from left_`,
      [segmentId, now, ...compiled.params],
    );
    const changes = rows.map((r) => ({ segmentId, customerId: r.customerId, joined: r.joined }));
    await this.record(tx, changes, cause, now);
    const next = compileNextChange(rule, now, 1);
    if (next.where !== 'null::timestamptz') {
      await tx.query(
        `insert into marketing.segment_timers (customer_id, due_at)
         select customer_id, due from (select f.customer_id, ${next.where} as due from marketing.customer_facts f where f.merged_into is null) t
          where due is not null
         on conflict (customer_id) do update set due_at = least(marketing.segment_timers.due_at, excluded.due_at)`,
        next.params,
      );
    }
    const joined = changes.filter((c) => c.joined).map((c) => c.customerId);
    if (joined.length) await this.onJoined?.(tx, segmentId, joined);
    return { joined: joined.length, left: changes.length - joined.length };
  }

  /** Removes every member of a segment (archiving it), announcing each leave. */
  async empty(tx: EntityManager, segmentId: string): Promise<number> {
    const rows = await queryRows<{ customerId: string }>(
      tx,
      `delete from marketing.segment_members where segment_id = $1 returning customer_id as "customerId"`,
      [segmentId],
    );
    await this.record(tx, rows.map((r) => ({ segmentId, customerId: r.customerId, joined: false })), 'SAVE', this.deps.clock.now());
    return rows.length;
  }

  /**
   * The segment timer job: customers whose timer is due are re-evaluated, each under their lock.
   * Timers are picked FOR UPDATE SKIP LOCKED and a customer whose lock is busy (an event being
   * applied) is left for the next run, so concurrent runs and replicas never evaluate one twice.
   */
  async runDueTimers(): Promise<number> {
    const batch = 100;
    const skipped: string[] = [];
    let evaluated = 0;
    for (;;) {
      const picked = await inTransaction(this.deps.dataSource, async (tx) => {
        const due = await queryRows<{ customerId: string }>(
          tx,
          `select customer_id as "customerId" from marketing.segment_timers
           where due_at <= $1 and not (customer_id = any($2::uuid[])) order by due_at limit $3 for update skip locked`,
          [this.deps.clock.now(), skipped, batch],
        );
        for (const { customerId } of due) {
          const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('member-graph:marketing:customer:' || $1)) as locked`, [customerId]);
          if (!locked) {
            skipped.push(customerId);
            continue;
          }
          await tx.query(`delete from marketing.segment_timers where customer_id = $1`, [customerId]);
          await this.evaluateCustomer(tx, customerId, 'TIMER');
          evaluated++;
        }
        return due.length;
      });
      if (picked < batch) return evaluated;
    }
  }

  private async record(tx: EntityManager, changes: Change[], cause: MembershipCause, now: Date) {
    if (changes.length === 0) return;
    for (let i = 0; i < changes.length; i += EVENTS_PER_INSERT) {
      const chunk = changes.slice(i, i + EVENTS_PER_INSERT);
      await tx.query(
        `insert into marketing.segment_changes (segment_id, customer_id, joined, cause, at)
         select s, c, j, $4, $5 from unnest($1::uuid[], $2::uuid[], $3::boolean[]) as v(s, c, j)`,
        [chunk.map((c) => c.segmentId), chunk.map((c) => c.customerId), chunk.map((c) => c.joined), cause, now],
      );
      const events: EventEnvelope[] = chunk.map((c) =>
        envelope('marketing.segment_membership_changed', c.customerId, { segmentId: c.segmentId, customerId: c.customerId, joined: c.joined, cause }, { occurredAt: now }),
      );
      await this.deps.outbox.write(tx, ...events);
    }
  }
}
