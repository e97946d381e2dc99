import type { DataSource } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import { exportListSql, isUuid } from '@member-graph/common/graphql';

/** The customer `actorId` was merged into, if any (a customer may export the survivor of their old id). */
export async function memberMergedInto(db: DataSource, actorId: string): Promise<string | null> {
  if (!isUuid(actorId)) return null;
  const rows = await queryRows<{ m: string | null }>(db, `select merged_into as m from loyalty.members where customer_id = $1`, [actorId]);
  return rows[0]?.m ?? null;
}

/**
 * The loyalty section of one customer's export, read in one statement, every list at most `listLimit`
 * rows. Referrals name no other customer: the one who referred this person and those they referred
 * appear by status and time only.
 */
export async function readLoyaltySection(db: DataSource, customerId: string, listLimit: number): Promise<Record<string, unknown>> {
  const [row] = await queryRows<{ section: Record<string, unknown> }>(
    db,
    `select json_build_object(
       'member', (select json_build_object('tier', m.tier, 'tierSince', m.tier_since, 'tierValidUntil', m.tier_valid_until,
           'referralCode', m.referral_code, 'birthday', m.birthday, 'registeredAt', m.registered_at)
         from loyalty.members m where m.customer_id = $1),
       'pointsBalance', coalesce((select sum(amount)::int from loyalty.points_entries where customer_id = $1), 0),
       'tierHistory', ${exportListSql(`select from_tier as "from", to_tier as "to", reason, growth, valid_until as "validUntil", changed_at as "changedAt"
           from loyalty.tier_changes where customer_id = $1 order by changed_at desc, id desc`)},
       'ledger', ${exportListSql(`select type, amount, balance_after as "balanceAfter", reason_code as "reasonCode", source_type as "sourceType",
           source_id as "sourceId", store_id as "storeId", note, actor_role as "byRole", expires_at as "expiresAt", created_at as "at"
           from loyalty.points_entries where customer_id = $1 order by id desc`)},
       'growth', ${exportListSql(`select amount, reason_code as "reasonCode", source_id as "sourceId", effective_at as "effectiveAt"
           from loyalty.growth_entries where customer_id = $1 order by effective_at desc, id desc`)},
       'badges', ${exportListSql(`select code, earned_at as "earnedAt" from loyalty.customer_badges where customer_id = $1 order by earned_at, code`)},
       'checkIns', ${exportListSql(`select day, streak, points, growth from loyalty.check_ins where customer_id = $1 order by day desc`)},
       'engagements', ${exportListSql(`select kind, day, growth, created_at as "at" from loyalty.engagements where customer_id = $1 order by created_at desc, id desc`)},
       'birthdayGifts', ${exportListSql(`select year, tier, gift_points as "giftPoints", multiplier, granted_at as "grantedAt"
           from loyalty.birthday_grants where customer_id = $1 order by year desc`)},
       'referredBy', (select json_build_object('code', code, 'status', status, 'at', created_at) from loyalty.referrals where referee_id = $1),
       'referrals', ${exportListSql(`select status, created_at as "at", updated_at as "updatedAt" from loyalty.referrals where referrer_id = $1 order by created_at desc, referee_id`)}
     ) as section`,
    [customerId, listLimit],
  );
  return row.section;
}
