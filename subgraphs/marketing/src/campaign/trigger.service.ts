import type { EntityManager } from 'typeorm';
import { inTransaction } from '@member-graph/common/db';
import { queryRows, type Deps } from '../deps';
import type { FactsProjection } from '../facts/facts.projection';
import { FACTS_COLUMNS, type CustomerFacts } from '../facts/facts.types';
import type { EventCatalogue } from '@member-graph/common/events';
import { cartPlan, churnRoseAbove, decideDue, planTrigger, TIMED_TRIGGERS, type TimerPlan } from './campaign.rules';
import { activeTriggered, selectCampaigns, type CampaignRow } from './campaign.repository';
import type { DeliveryService } from './delivery.service';
import { queuedDueAt, windowPhase } from './schedule.rules';

const AUDIENCE_BATCH = 1000;

/**
 * Runs triggered campaigns from events and per-customer timers (never from scans of all
 * customers): events plan, move or cancel a customer's timer per campaign, or fire at once (tier
 * upgrade, category browses); the timer job picks due timers one at a time FOR UPDATE SKIP LOCKED,
 * re-checks the trigger against the customer's facts and hands firing ones to the delivery. Every
 * (campaign, customer, occurrence) is decided once.
 */
export class TriggerService {
  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsProjection,
    private readonly delivery: DeliveryService,
  ) {}

  /** Whether a customer is in a campaign's audience: its segment's members, or every known customer. */
  async inAudience(tx: EntityManager, c: CampaignRow, customerId: string): Promise<boolean> {
    if (c.segmentId) {
      return (await queryRows(tx, `select 1 from marketing.segment_members where segment_id = $1 and customer_id = $2`, [c.segmentId, customerId])).length > 0;
    }
    return (await queryRows(tx, `select 1 from marketing.customer_facts where customer_id = $1 and merged_into is null`, [customerId])).length > 0;
  }

  /** Sets (or moves) the customer's timer for a campaign, unless that occurrence was already decided. */
  private async plan(tx: EntityManager, campaignId: string, customerIds: string[], plans: TimerPlan[], replace: boolean) {
    if (customerIds.length === 0) return;
    await tx.query(
      `insert into marketing.campaign_timers (campaign_id, customer_id, occurrence, due_at, deferred)
       select $1, v.c, v.o, v.d, false from unnest($2::uuid[], $3::text[], $4::timestamptz[]) as v(c, o, d)
        where not exists (select 1 from marketing.campaign_firings f where f.campaign_id = $1 and f.customer_id = v.c and f.occurrence = v.o)
       on conflict (campaign_id, customer_id) do ${replace ? 'update set occurrence = excluded.occurrence, due_at = excluded.due_at, deferred = false' : 'nothing'}`,
      [campaignId, customerIds, plans.map((p) => p.occurrence), plans.map((p) => p.dueAt)],
    );
  }

  /** Plans the timed triggers of the given campaigns for one customer from their facts. */
  private async planTimed(tx: EntityManager, campaigns: CampaignRow[], customerId: string, facts: CustomerFacts | null) {
    if (!facts || facts.mergedInto) return;
    const now = this.deps.clock.now();
    for (const c of campaigns) {
      if (!c.trigger || !TIMED_TRIGGERS.includes(c.trigger.type)) continue;
      if (!(await this.inAudience(tx, c, customerId))) continue;
      const plan = planTrigger(c.trigger, facts, now);
      if (plan) await this.plan(tx, c.id, [customerId], [plan], c.trigger.type !== 'DAYS_AFTER_FIRST_ORDER');
    }
  }

  /** Activity (registration, an order, behaviour) moves the customer's inactivity timers. */
  async onActivity(tx: EntityManager, customerId: string) {
    const campaigns = await activeTriggered(tx, ['INACTIVE_DAYS']);
    if (campaigns.length) await this.planTimed(tx, campaigns, customerId, await this.facts.load(tx, customerId));
  }

  /** The first order starts "N days after the first order" timers. */
  async onFirstOrder(tx: EntityManager, customerId: string) {
    const campaigns = await activeTriggered(tx, ['DAYS_AFTER_FIRST_ORDER']);
    if (campaigns.length) await this.planTimed(tx, campaigns, customerId, await this.facts.load(tx, customerId));
  }

  /** A (new) birthday plans birthday-month timers. */
  async onBirthday(tx: EntityManager, customerId: string) {
    const campaigns = await activeTriggered(tx, ['BIRTHDAY_MONTH']);
    if (campaigns.length) await this.planTimed(tx, campaigns, customerId, await this.facts.load(tx, customerId));
  }

  /** An add-to-cart starts the abandoned-cart timer (the first un-ordered add counts). */
  async onCartAdded(tx: EntityManager, customerId: string, at: Date) {
    for (const c of await activeTriggered(tx, ['CART_ABANDONED'])) {
      if (await this.inAudience(tx, c, customerId)) await this.plan(tx, c.id, [customerId], [cartPlan(c.trigger!, at)], false);
    }
  }

  /** An order cancels abandoned-cart timers (and reminders deferred by quiet hours). */
  async onOrdered(tx: EntityManager, customerId: string) {
    await tx.query(
      `delete from marketing.campaign_timers t using marketing.campaigns c
        where t.customer_id = $1 and c.id = t.campaign_id and c.trigger_type = 'CART_ABANDONED'`,
      [customerId],
    );
  }

  /** A tier upgrade fires TIER_UPGRADED campaigns at once, once per tier reached. */
  async onTierChanged(tx: EntityManager, customerId: string, to: string, reason: string) {
    if (reason !== 'UPGRADE') return;
    for (const c of await activeTriggered(tx, ['TIER_UPGRADED'])) {
      if (c.trigger!.tier && c.trigger!.tier !== to) continue;
      if (await this.inAudience(tx, c, customerId)) await this.delivery.deliver(tx, c, customerId, `tier:${to}`);
    }
  }

  /** Enough browses of a category without an order fire CATEGORY_BROWSED campaigns, once per run of browses. */
  async onBrowsed(tx: EntityManager, customerId: string, category: string, browses: number, since: Date) {
    for (const c of await activeTriggered(tx, ['CATEGORY_BROWSED'])) {
      const t = c.trigger!;
      if ((t.category && t.category !== category) || browses < t.times!) continue;
      if (await this.inAudience(tx, c, customerId)) await this.delivery.deliver(tx, c, customerId, `browse:${category}:${new Date(since).toISOString()}`);
    }
  }

  /** A refit that raised the churn probability past a campaign's threshold fires CHURN_RISK_ROSE campaigns, once per fit. */
  async onChurnChanged(tx: EntityManager, customerId: string, previous: number | null, p: EventCatalogue['customer.value_changed']) {
    // most value changes after a refit are not a rise (a first score, a fall, a CLV decile move): no campaign read for them
    if (previous === null || p.churnProbability <= previous) return;
    for (const c of await activeTriggered(tx, ['CHURN_RISK_ROSE'])) {
      if (!churnRoseAbove(c.trigger!.threshold!, previous, p.churnProbability)) continue;
      if (await this.inAudience(tx, c, customerId)) await this.delivery.deliver(tx, c, customerId, `churn:${p.modelId}`);
    }
  }

  /** Service opened a proactive care ticket for the customer (a complaint cluster on a SKU they bought): PROACTIVE_CARE campaigns fire, once per cluster. */
  async onCareOpened(tx: EntityManager, customerId: string, clusterId: string) {
    for (const c of await activeTriggered(tx, ['PROACTIVE_CARE'])) {
      if (await this.inAudience(tx, c, customerId)) await this.delivery.deliver(tx, c, customerId, `care:${clusterId}`);
    }
  }

  /** Customers who just joined a segment get the timers of the active campaigns aimed at it. */
  async onSegmentJoined(tx: EntityManager, segmentId: string, customerIds: string[]) {
    const campaigns = await selectCampaigns(tx, `c.status = 'ACTIVE' and c.kind = 'TRIGGERED' and c.segment_id = $1 and c.trigger_type = any($2::text[])`, [
      segmentId,
      TIMED_TRIGGERS,
    ]);
    if (campaigns.length === 0) return;
    for (const id of customerIds) await this.planTimed(tx, campaigns, id, await this.facts.load(tx, id));
  }

  /** A merged customer's timers go; the survivor's are planned from the joined facts. */
  async onMerged(tx: EntityManager, survivorId: string, mergedId: string) {
    await tx.query(`delete from marketing.campaign_timers where customer_id = $1`, [mergedId]);
    const campaigns = await activeTriggered(tx, [...TIMED_TRIGGERS]);
    if (campaigns.length) await this.planTimed(tx, campaigns, survivorId, await this.facts.load(tx, survivorId));
  }

  /**
   * Launching a campaign: a one-shot one queues every segment member (due now, or at the window's
   * start when that is later); a timed trigger
   * plans each audience member's timer from their facts, in batches. Event triggers need nothing.
   */
  async schedule(c: CampaignRow): Promise<number> {
    const now = this.deps.clock.now();
    if (c.kind === 'ONE_SHOT') {
      const rows = await queryRows(
        this.deps.dataSource,
        `insert into marketing.campaign_timers (campaign_id, customer_id, occurrence, due_at, deferred)
         select $1, customer_id, 'launch', $3, false from marketing.segment_members where segment_id = $2
         on conflict (campaign_id, customer_id) do nothing returning customer_id`,
        [c.id, c.segmentId, queuedDueAt(c, now)],
      );
      return rows.length;
    }
    if (!c.trigger || !TIMED_TRIGGERS.includes(c.trigger.type)) return 0;
    let after = '00000000-0000-0000-0000-000000000000';
    let planned = 0;
    for (;;) {
      const batch = await queryRows<CustomerFacts>(
        this.deps.dataSource,
        c.segmentId
          ? `select ${FACTS_COLUMNS} from marketing.segment_members m join marketing.customer_facts f on f.customer_id = m.customer_id
              where m.segment_id = $3 and f.merged_into is null and f.customer_id > $1 order by f.customer_id limit $2`
          : `select ${FACTS_COLUMNS} from marketing.customer_facts f where f.merged_into is null and f.customer_id > $1 order by f.customer_id limit $2`,
        c.segmentId ? [after, AUDIENCE_BATCH, c.segmentId] : [after, AUDIENCE_BATCH],
      );
      if (batch.length === 0) return planned;
      const ids: string[] = [];
      const plans: TimerPlan[] = [];
      for (const f of batch) {
        const plan = planTrigger(c.trigger, f, now);
        if (plan) {
          ids.push(f.customerId);
          plans.push(plan);
        }
      }
      await inTransaction(this.deps.dataSource, (tx) => this.plan(tx, c.id, ids, plans, false));
      planned += ids.length;
      after = batch[batch.length - 1].customerId;
    }
  }

  /**
   * The campaign timer job: due timers of active campaigns, one per transaction, picked FOR UPDATE
   * SKIP LOCKED; a customer whose lock is busy is left for the next run. Concurrent runs and replicas
   * never take the same timer, and each occurrence is decided once.
   */
  async runDueTimers(): Promise<number> {
    const skipped: string[] = [];
    let processed = 0;
    for (let i = 0; i < this.deps.settings.jobs.batchSize; i++) {
      const outcome = await inTransaction(this.deps.dataSource, async (tx) => {
        const now = this.deps.clock.now();
        const [timer] = await queryRows<{ campaignId: string; customerId: string; occurrence: string; deferred: boolean }>(
          tx,
          `select t.campaign_id as "campaignId", t.customer_id as "customerId", t.occurrence, t.deferred
             from marketing.campaign_timers t join marketing.campaigns c on c.id = t.campaign_id and c.status = 'ACTIVE'
            where t.due_at <= $1 and not ((t.campaign_id::text || ':' || t.customer_id::text) = any($2::text[]))
            order by t.due_at limit 1 for update of t skip locked`,
          [now, skipped],
        );
        if (!timer) return 'none' as const;
        const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('member-graph:marketing:customer:' || $1)) as locked`, [timer.customerId]);
        if (!locked) {
          skipped.push(`${timer.campaignId}:${timer.customerId}`);
          return 'skipped' as const;
        }
        const [c] = await selectCampaigns(tx, `c.id = $1`, [timer.campaignId]);
        if ((timer.deferred || timer.occurrence === 'launch') && windowPhase(c, now) === 'SCHEDULED') {
          // a queued send whose window was moved later waits for its start
          await tx.query(`update marketing.campaign_timers set due_at = $3 where campaign_id = $1 and customer_id = $2`, [c.id, timer.customerId, c.startsAt]);
          return 'done' as const;
        }
        await tx.query(`delete from marketing.campaign_timers where campaign_id = $1 and customer_id = $2`, [timer.campaignId, timer.customerId]);
        if (timer.deferred) {
          await this.delivery.deliver(tx, c, timer.customerId, timer.occurrence, { deferred: true });
          return 'done' as const;
        }
        const facts = await this.facts.load(tx, timer.customerId);
        const decision = decideDue(c.trigger, facts, timer.occurrence, now);
        if (decision.next) await this.plan(tx, c.id, [timer.customerId], [decision.next], true);
        if (decision.fire && (await this.inAudience(tx, c, timer.customerId))) await this.delivery.deliver(tx, c, timer.customerId, timer.occurrence);
        return 'done' as const;
      });
      if (outcome === 'none') break;
      if (outcome === 'done') processed++;
    }
    return processed;
  }
}

