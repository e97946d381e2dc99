import { randomUUID } from 'node:crypto';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { decodeCursor, isUuid, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';
import { queryRows, type Deps } from '../deps';
import { validateCampaign } from './campaign.rules';
import { armWeights } from './ab-split.rules';
import { campaignNotDraft } from './campaign.errors';
import type { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { changeWindow, queuedDueAt, windowPhase, type CampaignPhaseCode } from './schedule.rules';
import { checkBudget } from './budget.rules';
import { deliveryStage } from './receipt.rules';
import { selectCampaigns, type CampaignRow } from './campaign.repository';
import type { TriggerService } from './trigger.service';

const MANAGERS = ['marketer', 'admin'] as const;
const READERS = ['marketer', 'admin', 'agent'] as const;
/** The send log's filters ($1 campaign, $2 customer, $3 status), shared by its page and its count. */
const SEND_LOG_FILTER = '($1::uuid is null or campaign_id = $1) and ($2::uuid is null or customer_id = $2) and ($3::text is null or status = $3)';


export interface SendLogRow {
  id: string;
  campaignId: string;
  customerId: string;
  channel: string;
  occurrence: string;
  variant: string | null;
  status: string;
  reason: string | null;
  messageId: string | null;
  couponId: string | null;
  decidedAt: Date;
  deliveredAt: Date | null;
  openedAt: Date | null;
  clickedAt: Date | null;
}

/** Campaigns: create (draft), launch (schedules sends or trigger timers), pause; read them, their variants and the send log. */
export class CampaignService {
  constructor(
    private readonly deps: Deps,
    private readonly triggers: TriggerService,
  ) {}

  async create(actor: Actor | null, input: CreateCampaignInput): Promise<CampaignRow> {
    const a = requireRole(actor, ...MANAGERS);
    const { holdout, attributionDays, cost, trigger, personalised } = validateCampaign(input, this.deps.settings.attributionDays);
    const window = changeWindow({ startsAt: null, endsAt: null }, { startsAt: input.startsAt ?? null, endsAt: input.endsAt ?? null }, this.deps.clock.now());
    const budget = checkBudget(input.budget ?? null, 0);
    return inTransaction(this.deps.dataSource, async (tx) => {
      if (input.segmentId) {
        const ok = isUuid(input.segmentId) && (await queryRows(tx, `select 1 from marketing.segments where id = $1 and archived_at is null`, [input.segmentId])).length;
        if (!ok) throw notFound('Segment', input.segmentId);
      }
      if (input.couponTemplateId) {
        const ok = isUuid(input.couponTemplateId) && (await queryRows(tx, `select 1 from marketing.coupon_templates where id = $1`, [input.couponTemplateId])).length;
        if (!ok) throw notFound('CouponTemplate', input.couponTemplateId);
      }
      const id = randomUUID();
      await tx.query(
        `insert into marketing.campaigns (id, name, kind, status, segment_id, channel, coupon_template_id, trigger_type, trigger_days, trigger_hours,
           trigger_count, trigger_category, trigger_tier, trigger_threshold, holdout_percent, attribution_days, cost_per_message_cents, personalised, created_by, created_at,
           starts_at, ends_at, budget_cents)
         values ($1, $2, $3, 'DRAFT', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
        [
          id, input.name.trim(), input.kind, input.segmentId ?? null, input.channel, input.couponTemplateId ?? null,
          trigger?.type ?? null, trigger?.days ?? null, trigger?.hours ?? null, trigger?.times ?? null, trigger?.category ?? null, trigger?.tier ?? null, trigger?.threshold ?? null,
          holdout, attributionDays, cost, personalised, a.id, this.deps.clock.now(), window.startsAt, window.endsAt, budget,
        ],
      );
      const content = new Map(input.variants.map((v) => [v.code, v]));
      for (const arm of armWeights(input.variants, holdout)) {
        const v = content.get(arm.code);
        await tx.query(`insert into marketing.campaign_variants (campaign_id, code, weight, title, body) values ($1, $2, $3, $4, $5)`, [
          id,
          arm.code,
          arm.weight,
          v?.title ?? null,
          v?.body ?? null,
        ]);
      }
      return (await selectCampaigns(tx, `c.id = $1`, [id]))[0];
    });
  }

  /** Launches a draft or resumes a paused campaign: one-shot sends are queued, trigger timers planned. */
  async launch(actor: Actor | null, id: string): Promise<CampaignRow> {
    requireRole(actor, ...MANAGERS);
    const campaign = await inTransaction(this.deps.dataSource, async (tx) => {
      const locked = isUuid(id) ? await queryRows(tx, `select id from marketing.campaigns where id = $1 for update`, [id]) : [];
      const [c] = locked.length ? await selectCampaigns(tx, `c.id = $1`, [id]) : [];
      if (!c) throw notFound('Campaign', id);
      if (c.status === 'ACTIVE') throw campaignNotDraft('already active');
      if (windowPhase(c, this.deps.clock.now()) === 'ENDED') throw campaignNotDraft('ended (its window closed)');
      await tx.query(`update marketing.campaigns set status = 'ACTIVE', launched_at = coalesce(launched_at, $2) where id = $1`, [id, this.deps.clock.now()]);
      return { ...c, status: 'ACTIVE' as const };
    });
    await this.triggers.schedule(campaign);
    return (await selectCampaigns(this.deps.dataSource, `c.id = $1`, [id]))[0];
  }

  /**
   * Changes a campaign's window and budget (marketers, admins), in any state, under the campaign's
   * row lock (so no send spends between the check and the change). Queued one-shot sends move to
   * the new start.
   */
  async update(actor: Actor | null, id: string, input: UpdateCampaignInput): Promise<CampaignRow> {
    requireRole(actor, ...MANAGERS);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const locked = isUuid(id) ? await queryRows(tx, `select id from marketing.campaigns where id = $1 for update`, [id]) : [];
      const [c] = locked.length ? await selectCampaigns(tx, `c.id = $1`, [id]) : [];
      if (!c) throw notFound('Campaign', id);
      const now = this.deps.clock.now();
      const window = changeWindow(c, { startsAt: input.startsAt, endsAt: input.endsAt }, now);
      const budget = input.budget === undefined ? c.budgetCents : checkBudget(input.budget, c.spentCents);
      await tx.query(`update marketing.campaigns set starts_at = $2, ends_at = $3, budget_cents = $4 where id = $1`, [id, window.startsAt, window.endsAt, budget]);
      // timers the job holds right now are skipped (it decides them); waiting for them could deadlock with its send's charge
      await tx.query(
        `update marketing.campaign_timers t set due_at = $2
           from (select customer_id from marketing.campaign_timers where campaign_id = $1 and occurrence = 'launch' and not deferred for update skip locked) q
          where t.campaign_id = $1 and t.customer_id = q.customer_id`,
        [id, queuedDueAt(window, now)],
      );
      return (await selectCampaigns(tx, `c.id = $1`, [id]))[0];
    });
  }

  /** Where the campaign stands against its window now. */
  phase(c: CampaignRow): CampaignPhaseCode {
    return windowPhase(c, this.deps.clock.now());
  }

  /** Pauses an active campaign: nothing is sent until it is launched again. */
  async pause(actor: Actor | null, id: string): Promise<CampaignRow> {
    requireRole(actor, ...MANAGERS);
    const rows = isUuid(id) ? await queryRows(this.deps.dataSource, `update marketing.campaigns set status = 'PAUSED' where id = $1 and status = 'ACTIVE' returning id`, [id]) : [];
    const [c] = isUuid(id) ? await selectCampaigns(this.deps.dataSource, `c.id = $1`, [id]) : [];
    if (!c) throw notFound('Campaign', id);
    if (rows.length === 0) throw campaignNotDraft(c.status.toLowerCase());
    return c;
  }

  async list(actor: Actor | null): Promise<CampaignRow[]> {
    requireRole(actor, ...READERS);
    return selectCampaigns(this.deps.dataSource, 'true');
  }

  async get(actor: Actor | null, id: string): Promise<CampaignRow> {
    requireRole(actor, ...READERS);
    const [c] = isUuid(id) ? await selectCampaigns(this.deps.dataSource, `c.id = $1`, [id]) : [];
    if (!c) throw notFound('Campaign', id);
    return c;
  }

  /** The send log, newest first, filtered by campaign and/or customer (staff: marketers, admins, agents). */
  async sendLog(actor: Actor | null, filter: { campaignId?: string | null; customerId?: string | null; status?: string | null }, first: number | null | undefined, after: string | null | undefined) {
    requireRole(actor, ...READERS);
    const limit = pageSize(first);
    const afterId = decodeCursor(after)?.[0] ?? null;
    for (const [field, value] of Object.entries({ campaignId: filter.campaignId, customerId: filter.customerId })) {
      if (value && !isUuid(value)) throw badInput(`${field} is not a valid id`, { field });
    }
    const filters = [filter.campaignId ?? null, filter.customerId ?? null, filter.status ?? null];
    const rows = await queryRows<SendLogRow>(
      this.deps.dataSource,
      `select id::text as id, campaign_id as "campaignId", customer_id as "customerId", channel, occurrence, variant, status, reason,
              message_id as "messageId", coupon_id as "couponId", decided_at as "decidedAt",
              delivered_at as "deliveredAt", opened_at as "openedAt", clicked_at as "clickedAt"
         from marketing.send_log
        where ${SEND_LOG_FILTER} and ($4::bigint is null or id < $4)
        order by id desc limit $5`,
      [...filters, afterId, limit + 1],
    );
    const page = toConnection(rows, limit, (r) => [Number(r.id)], after);
    return withTotalCount({ nodes: page.nodes.map((r) => ({ ...r, deliveryStage: deliveryStage(r), customer: { id: r.customerId } })), pageInfo: page.pageInfo }, async () => {
      const [{ n }] = await queryRows<{ n: number }>(this.deps.dataSource, `select count(*)::int as n from marketing.send_log where ${SEND_LOG_FILTER}`, filters);
      return n;
    });
  }
}
