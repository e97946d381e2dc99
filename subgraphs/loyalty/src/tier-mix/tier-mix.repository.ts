import type { DataSource } from 'typeorm';
import { queryRows } from '@member-graph/common/db';

/** One count of the tier mix: members holding `tier` at the end of `month` (null for "now"). */
export interface TierCountRow {
  month: string | null;
  tier: string;
  n: number;
}

/** Members counted: every account loyalty knows that was not folded into another by a merge. */
const COUNTED = `m.merged_into is null`;

/** Members per tier now (one statement). */
export function currentTierCounts(dataSource: DataSource): Promise<TierCountRow[]> {
  return queryRows<TierCountRow>(dataSource, `select null as month, m.tier, count(*)::int as n from loyalty.members m where ${COUNTED} group by m.tier`);
}

/**
 * Members per tier at the end of each Asia/Shanghai month from $1 to $2 (first days), in one statement:
 * a member counts from their registration (or first sight) on, holding the tier of their last tier
 * change before the month ends, or the base tier $3 when they had none (no tier event: MEMBER).
 */
export function monthlyTierCounts(dataSource: DataSource, fromMonth: string, toMonth: string, baseTier: string): Promise<TierCountRow[]> {
  return queryRows<TierCountRow>(
    dataSource,
    `with months as (
       select to_char(d, 'YYYY-MM-DD') as month, ((d + interval '1 month')::timestamp at time zone 'Asia/Shanghai') as ends_at
         from generate_series($1::date, $2::date, interval '1 month') as d
     )
     select months.month, coalesce(last.to_tier, $3) as tier, count(*)::int as n
       from months
       join loyalty.members m on ${COUNTED} and coalesce(m.registered_at, m.created_at) < months.ends_at
       left join lateral (
         select tc.to_tier from loyalty.tier_changes tc
          where tc.customer_id = m.customer_id and tc.changed_at < months.ends_at
          order by tc.changed_at desc, tc.id desc limit 1
       ) last on true
      group by months.month, 2`,
    [fromMonth, toMonth, baseTier],
  );
}
