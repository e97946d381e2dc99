import type { DataSource } from 'typeorm';
import { queryRows } from '@member-graph/common/db';

/** The `date_trunc` unit of a trend (checked by the service; never caller text). */
export type PeriodUnit = 'day' | 'week' | 'month';

/** How product feedback is keyed: per SKU or per product category. */
export type FeedbackKey = 'SKU' | 'CATEGORY';

/** One row of product feedback: per period, product key and reason. */
export interface FeedbackRow {
  period: string;
  sku: string | null;
  category: string | null;
  reason: string;
  n: number;
  quantity: number | null;
}

/** Bounds of the Asia/Shanghai days $1…$2 as instants, for index-friendly range conditions on `column`. */
const inDays = (column: string) =>
  `${column} >= ($1::date::timestamp at time zone 'Asia/Shanghai') and ${column} < (($2::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
/** The first day of the period of an instant (Asia/Shanghai), as text. */
const periodOf = (column: string, unit: PeriodUnit) => `to_char(date_trunc('${unit}', (${column} at time zone 'Asia/Shanghai')::date), 'YYYY-MM-DD')`;

/** Complaints opened in the range, one item per SKU of the order they name (one item with no SKU when none). */
const complaintItems = (unit: PeriodUnit) => `
  select t.id, ${periodOf('t.created_at', unit)} as period, coalesce(t.category, 'UNCATEGORISED') as reason,
         l.sku, l.category, null::int as quantity
    from service.tickets t
    left join service.order_facts f on f.order_id = t.order_id
    left join lateral jsonb_to_recordset(coalesce(f.lines, '[]'::jsonb)) as l(sku text, category text) on true
   where t.type = 'COMPLAINT' and ${inDays('t.created_at')}`;

/**
 * A return reason as staff read it in the trends: trimmed, its first 100 characters, with what may name
 * a person masked (runs of 7+ digits such as phone or ID numbers, and e-mail addresses).
 */
const maskedReason = (column: string) =>
  `regexp_replace(regexp_replace(left(btrim(${column}), 100), '[0-9]{7,}', '***', 'g'), '[^[:space:]@]+@[^[:space:]@]+', '***@***', 'g')`;

/** Returns asked for in the range, one item per returned line, with the category of that SKU in the order. */
const returnItems = (unit: PeriodUnit) => `
  select r.id, ${periodOf('r.created_at', unit)} as period, ${maskedReason('r.reason')} as reason,
         rl.sku, (select l.category from jsonb_to_recordset(f.lines) as l(sku text, category text) where l.sku = rl.sku limit 1) as category,
         rl.quantity
    from service.returns r
    join service.return_lines rl on rl.return_id = r.id
    left join service.order_facts f on f.order_id = r.order_id
   where ${inDays('r.created_at')}`;

/**
 * Counts per period, product key and reason (distinct complaints or returns; returned units), keeping
 * the $3 keys with the most over the whole range (one statement).
 */
function feedbackSql(items: string, key: FeedbackKey): string {
  const keyColumn = key === 'SKU' ? 'sku' : 'category';
  return `with items as (${items}),
     grouped as (
       select period, ${keyColumn} as key, ${key === 'SKU' ? 'max(category)' : 'null::text'} as sku_category, reason,
              count(distinct id)::int as n, sum(quantity)::int as quantity
         from items group by period, ${keyColumn}, reason
     ),
     top as (select key from grouped group by key order by sum(n) desc, key nulls last limit $3)
     select g.period, ${key === 'SKU' ? 'g.key as sku, g.sku_category as category' : 'null as sku, g.key as category'}, g.reason, g.n, g.quantity
       from grouped g
      where exists (select 1 from top where top.key is not distinct from g.key)
      order by g.period, g.n desc, g.key nulls last, g.reason`;
}

/** Complaint categories per period and SKU or product category (the $3 busiest keys). */
export function complaintFeedback(ds: DataSource, from: string, to: string, unit: PeriodUnit, key: FeedbackKey, top: number): Promise<FeedbackRow[]> {
  return queryRows<FeedbackRow>(ds, feedbackSql(complaintItems(unit), key), [from, to, top]);
}

/** Return reasons per period and SKU or product category (the $3 busiest keys). */
export function returnFeedback(ds: DataSource, from: string, to: string, unit: PeriodUnit, key: FeedbackKey, top: number): Promise<FeedbackRow[]> {
  return queryRows<FeedbackRow>(ds, feedbackSql(returnItems(unit), key), [from, to, top]);
}

/** SLA targets missed per period, beside the tickets opened in it. */
export interface SlaRow {
  period: string;
  opened: number;
  first_response: number;
  resolution: number;
}

/**
 * Every period of the range with the tickets opened in it and the first-response and resolution
 * targets that were breached in it (by when the breach happened), in one statement.
 */
export function slaBreaches(ds: DataSource, from: string, to: string, unit: PeriodUnit): Promise<SlaRow[]> {
  return queryRows<SlaRow>(
    ds,
    `with happenings as (
       select ${periodOf('created_at', unit)} as period, 'OPENED' as kind from service.tickets where ${inDays('created_at')}
       union all
       select ${periodOf('first_response_breached_at', unit)}, 'FIRST_RESPONSE' from service.tickets where ${inDays('first_response_breached_at')}
       union all
       select ${periodOf('resolution_breached_at', unit)}, 'RESOLUTION' from service.tickets where ${inDays('resolution_breached_at')}
     )
     select to_char(p, 'YYYY-MM-DD') as period,
            count(h.kind) filter (where h.kind = 'OPENED')::int as opened,
            count(h.kind) filter (where h.kind = 'FIRST_RESPONSE')::int as first_response,
            count(h.kind) filter (where h.kind = 'RESOLUTION')::int as resolution
       from generate_series(date_trunc('${unit}', $1::date), $2::date, interval '1 ${unit}') as p
       left join happenings h on h.period = to_char(p, 'YYYY-MM-DD')
      group by p order by p`,
    [from, to],
  );
}
