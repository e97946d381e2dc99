import type { EntityManager } from 'typeorm';
import { queryRows } from '../deps';

/** One merge's coupon move: the merged customer's coupon ids and holdings per template. */
interface CouponMoveRecord {
  couponIds: string[];
  holdings: { templateId: string; issued: number }[];
}

/** Records, before a merge moves them, the merged customer's coupons and holdings (marketing.coupon_merge_records). */
export async function recordCouponMove(tx: EntityManager, survivorId: string, mergedId: string): Promise<void> {
  const coupons = await queryRows<{ id: string }>(tx, `select id::text as id from marketing.coupons where customer_id = $1 order by id`, [mergedId]);
  const holdings = await queryRows<{ templateId: string; issued: number }>(
    tx,
    `select template_id::text as "templateId", issued from marketing.coupon_holdings where customer_id = $1 order by template_id`,
    [mergedId],
  );
  await tx.query(`insert into marketing.coupon_merge_records (survivor_id, merged_id, coupon_ids, holdings) values ($1, $2, $3, $4)`, [
    survivorId,
    mergedId,
    JSON.stringify(coupons.map((c) => c.id)),
    JSON.stringify(holdings),
  ]);
}

/** The pair's latest coupon move not undone yet, marked undone (null when none: a redelivery). */
export async function takeCouponMove(tx: EntityManager, survivorId: string, restoredId: string): Promise<CouponMoveRecord | null> {
  const [row] = await queryRows<{ couponIds: string[]; holdings: CouponMoveRecord['holdings'] }>(
    tx,
    `update marketing.coupon_merge_records set undone_at = now()
      where id = (select id from marketing.coupon_merge_records where survivor_id = $1 and merged_id = $2 and undone_at is null order by id desc limit 1 for update)
      returning coupon_ids as "couponIds", holdings`,
    [survivorId, restoredId],
  );
  return row ?? null;
}
