import type { EntityManager, DataSource } from 'typeorm';
import type { MessageChannelCode } from './channel.settings';
import { queryRows } from '../deps';
import type { TriggerSpec, TriggerTypeCode } from './campaign.rules';
import { remainingBudget } from './budget.rules';

/** A campaign as services use it. */
export interface CampaignRow {
  id: string;
  name: string;
  kind: 'ONE_SHOT' | 'TRIGGERED';
  status: 'DRAFT' | 'ACTIVE' | 'PAUSED';
  channel: MessageChannelCode;
  segmentId: string | null;
  couponTemplateId: string | null;
  trigger: TriggerSpec | null;
  holdoutPercent: number;
  attributionDays: number;
  costPerMessageCents: number;
  personalised: boolean;
  createdAt: Date;
  launchedAt: Date | null;
  /** The sending window (null ends are open). */
  startsAt: Date | null;
  endsAt: Date | null;
  /** The budget (null: no limit) and what SENT messages have spent, in cents. */
  budgetCents: number | null;
  spentCents: number;
  /** The budget still to spend (null without a budget). */
  remainingCents: number | null;
}

interface Raw extends Omit<CampaignRow, 'trigger' | 'remainingCents'> {
  triggerType: TriggerTypeCode | null;
  triggerDays: number | null;
  triggerHours: number | null;
  triggerCount: number | null;
  triggerCategory: string | null;
  triggerTier: string | null;
  triggerThreshold: number | null;
}

export const CAMPAIGN_COLUMNS = `c.id, c.name, c.kind, c.status, c.channel, c.segment_id as "segmentId", c.coupon_template_id as "couponTemplateId",
  c.trigger_type as "triggerType", c.trigger_days as "triggerDays", c.trigger_hours as "triggerHours", c.trigger_count as "triggerCount",
  c.trigger_category as "triggerCategory", c.trigger_tier as "triggerTier", c.trigger_threshold as "triggerThreshold", c.holdout_percent as "holdoutPercent",
  c.attribution_days as "attributionDays", c.cost_per_message_cents as "costPerMessageCents", c.personalised,
  c.created_at as "createdAt", c.launched_at as "launchedAt", c.starts_at as "startsAt", c.ends_at as "endsAt",
  c.budget_cents::float8 as "budgetCents", c.spent_cents::float8 as "spentCents"`;

export function toCampaign(r: Raw): CampaignRow {
  const { triggerType, triggerDays, triggerHours, triggerCount, triggerCategory, triggerTier, triggerThreshold, ...rest } = r;
  return {
    ...rest,
    remainingCents: remainingBudget(rest.budgetCents, rest.spentCents),
    trigger: triggerType
      ? { type: triggerType, days: triggerDays, hours: triggerHours, times: triggerCount, category: triggerCategory, tier: triggerTier, threshold: triggerThreshold }
      : null,
  };
}

/** A variant (or the holdout) of a campaign. */
export interface VariantRow {
  campaignId: string;
  code: string;
  weight: number;
  title: string | null;
  body: string | null;
  assigned: number;
}

/** Campaigns matching a SQL condition over `c` (parameters from $1). */
export async function selectCampaigns(db: EntityManager | DataSource, where: string, params: unknown[] = []): Promise<CampaignRow[]> {
  return (await queryRows<Raw>(db, `select ${CAMPAIGN_COLUMNS} from marketing.campaigns c where ${where} order by c.created_at, c.id`, params)).map(toCampaign);
}

/** Active triggered campaigns of the given trigger types. */
export const activeTriggered = (tx: EntityManager, types: TriggerTypeCode[]) =>
  selectCampaigns(tx, `c.status = 'ACTIVE' and c.kind = 'TRIGGERED' and c.trigger_type = any($1::text[])`, [types]);
