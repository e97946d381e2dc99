import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import type { DayRange } from './analytics.rules';

/** Sends (or holdout members) decided in a range, and orders attributed and paid in it, per campaign arm. */
export interface RoiArmRow {
  campaignId: string;
  name: string;
  channel: string;
  costPerMessageCents: number;
  code: string;
  audience: number;
  conversions: number;
  revenueCents: number;
  /** Of the SENT messages: how many receipts reported delivered, opened, clicked (at any time). */
  delivered: number;
  opened: number;
  clicked: number;
  /** Converted customers whose message was reported delivered. */
  deliveredConversions: number;
}

/** One statement for every campaign with activity in the range, oldest campaign first. */
const ROI_ARMS_SQL = `
with sends as (
  select campaign_id, variant, count(*)::int as audience,
         count(delivered_at)::int as delivered, count(opened_at)::int as opened, count(clicked_at)::int as clicked
    from marketing.send_log
   where status in ('SENT', 'HOLDOUT') and decided_at >= $1 and decided_at < $2 group by campaign_id, variant
), wins as (
  select w.campaign_id, w.variant, count(distinct w.customer_id)::int as conversions, sum(w.amount_cents)::bigint as revenue,
         count(distinct w.customer_id) filter (where exists (
           select 1 from marketing.send_log l where l.campaign_id = w.campaign_id and l.customer_id = w.customer_id and l.delivered_at is not null))::int as delivered_conversions
    from marketing.conversions w where w.paid_at >= $1 and w.paid_at < $2 group by w.campaign_id, w.variant
), arms as (
  select coalesce(s.campaign_id, w.campaign_id) as campaign_id, coalesce(s.variant, w.variant) as code,
         coalesce(s.audience, 0) as audience, coalesce(w.conversions, 0) as conversions, coalesce(w.revenue, 0) as revenue,
         coalesce(s.delivered, 0) as delivered, coalesce(s.opened, 0) as opened, coalesce(s.clicked, 0) as clicked,
         coalesce(w.delivered_conversions, 0) as delivered_conversions
    from sends s full join wins w on w.campaign_id = s.campaign_id and w.variant = s.variant
)
select c.id as "campaignId", c.name, c.channel, c.cost_per_message_cents::float8 as "costPerMessageCents",
       a.code, a.audience, a.conversions, a.revenue::float8 as "revenueCents",
       a.delivered, a.opened, a.clicked, a.delivered_conversions as "deliveredConversions"
  from arms a join marketing.campaigns c on c.id = a.campaign_id
 where ($3::text is null or c.channel = $3)
 order by c.created_at, c.id, a.code`;

export const roiArms = (db: DataSource | EntityManager, range: DayRange, channel: string | null) =>
  queryRows<RoiArmRow>(db, ROI_ARMS_SQL, [range.start, range.end, channel]);

/** A CLV group as the database answers it. */
export interface ClvGroupRow {
  key: string;
  name: string;
  customers: number;
  scoredCustomers: number;
  averageClvCents: number | null;
  totalClvCents: number;
  averageChurnProbability: number | null;
  deciles: number[];
}

/** The aggregates of a CLV group over customer facts `f` (merged customers excluded by the callers' joins). */
const CLV_AGGREGATES = `count(f.customer_id)::int as customers, count(f.clv_cents)::int as "scoredCustomers",
  round(avg(f.clv_cents))::float8 as "averageClvCents", coalesce(sum(f.clv_cents), 0)::float8 as "totalClvCents",
  avg(f.churn_probability)::float8 as "averageChurnProbability",
  array[${Array.from({ length: 10 }, (_, i) => `count(*) filter (where f.clv_decile = ${i + 1})::int`).join(', ')}] as deciles`;

/** One statement: a group per loyalty tier held by a (not merged) customer; no tier event yet counts as `baseTier`. */
export const clvByTier = (db: DataSource | EntityManager, baseTier: string) =>
  queryRows<ClvGroupRow>(
    db,
    `select coalesce(f.tier, $1) as key, coalesce(f.tier, $1) as name, ${CLV_AGGREGATES}
       from marketing.customer_facts f where f.merged_into is null
      group by coalesce(f.tier, $1) order by 1`,
    [baseTier],
  );

/** One statement: a group per saved segment (empty ones too), by its current members. */
export const clvBySegment = (db: DataSource | EntityManager) =>
  queryRows<ClvGroupRow>(
    db,
    `select s.id::text as key, s.name, ${CLV_AGGREGATES}
       from marketing.segments s
       left join marketing.segment_members m on m.segment_id = s.id
       left join marketing.customer_facts f on f.customer_id = m.customer_id and f.merged_into is null
      where s.archived_at is null
      group by s.id, s.name order by lower(s.name), s.id`,
  );
