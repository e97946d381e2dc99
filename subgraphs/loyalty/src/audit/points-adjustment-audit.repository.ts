import type { DataSource } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import type { AdjustmentPosition } from './points-adjustment-audit.rules';
import type { PointsAdjustment, PointsAdjustmentFilter } from './points-adjustment-audit.type';

const WHERE = `type = 'ADJUST'
  and ($1::uuid is null or customer_id = $1)
  and ($2::text is null or actor_id = $2)
  and ($3::timestamptz is null or created_at >= $3)
  and ($4::timestamptz is null or created_at < $4)`;

const params = (f: PointsAdjustmentFilter | null | undefined) => [f?.customerId ?? null, f?.actorId ?? null, f?.from ?? null, f?.to ?? null];

/** A page of ADJUST ledger lines, newest first, after the (time, id) position `after`. */
export function readAdjustments(db: DataSource, filter: PointsAdjustmentFilter | null | undefined, after: AdjustmentPosition | null, limit: number) {
  return queryRows<PointsAdjustment>(
    db,
    `select id::text, customer_id as "customerId", amount as points, balance_after as "balanceAfter", reason_code as "reasonCode", note as reason,
            actor_id as "actorId", actor_role as "actorRole", created_at as at
       from loyalty.points_entries
      where ${WHERE} and ($5::timestamptz is null or (created_at, id) < ($5::timestamptz, $6::bigint))
      order by created_at desc, id desc limit $7`,
    [...params(filter), after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** How many ADJUST lines match the filter. */
export async function countAdjustments(db: DataSource, filter: PointsAdjustmentFilter | null | undefined): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(db, `select count(*)::int as n from loyalty.points_entries where ${WHERE}`, params(filter));
  return n;
}
