import type { DataSource } from 'typeorm';
import { exportListSql, exportMoneySql, isUuid } from '@member-graph/common/graphql';
import { queryRows } from '../deps';

/** The customer `actorId` was merged into, if any (a customer may export the survivor of their old id). */
export async function factsMergedInto(db: DataSource, actorId: string): Promise<string | null> {
  if (!isUuid(actorId)) return null;
  const rows = await queryRows<{ m: string | null }>(db, `select merged_into as m from marketing.customer_facts where customer_id = $1`, [actorId]);
  return rows[0]?.m ?? null;
}

/**
 * The marketing section of one customer's export, read in one statement, every list at most `listLimit`
 * rows: the personalisation choice, coupons, segment memberships, the send log with the messages sent,
 * and A/B assignments. Campaigns and segments appear by id and name; staff by nothing.
 */
export async function readMarketingSection(db: DataSource, customerId: string, listLimit: number): Promise<Record<string, unknown>> {
  const [row] = await queryRows<{ section: Record<string, unknown> }>(
    db,
    `select json_build_object(
       'personalisation', json_build_object(
         'enabled', coalesce((select personalised from marketing.customer_facts where customer_id = $1), true),
         'changedAt', (select personalisation_at from marketing.customer_facts where customer_id = $1)),
       'coupons', ${exportListSql(`select c.id, c.code, t.name, t.kind, c.source, c.campaign_id as "campaignId", c.issued_at as "issuedAt",
           c.valid_from as "validFrom", c.valid_until as "validUntil", c.status, c.redeemed_at as "redeemedAt",
           c.redemption_channel as "redemptionChannel", c.order_id as "orderId", ${exportMoneySql('c.discount_cents')} as discount
         from marketing.coupons c join marketing.coupon_templates t on t.id = c.template_id
        where c.customer_id = $1 order by c.issued_at desc, c.id`)},
       'segments', ${exportListSql(`select s.id, s.name, m.since from marketing.segment_members m join marketing.segments s on s.id = m.segment_id
        where m.customer_id = $1 order by m.since desc, s.id`)},
       'sendLog', ${exportListSql(`select l.campaign_id as "campaignId", k.name as "campaignName", l.channel, l.variant, l.status, l.reason,
           l.coupon_id as "couponId", l.decided_at as "decidedAt", msg.title, msg.body
         from marketing.send_log l left join marketing.campaigns k on k.id = l.campaign_id left join marketing.messages msg on msg.id = l.message_id
        where l.customer_id = $1 order by l.decided_at desc, l.id desc`)},
       'abAssignments', ${exportListSql(`select a.campaign_id as "campaignId", k.name as "campaignName", a.variant, a.assigned_at as "assignedAt"
         from marketing.campaign_assignments a left join marketing.campaigns k on k.id = a.campaign_id
        where a.customer_id = $1 order by a.assigned_at desc, a.campaign_id`)}
     ) as section`,
    [customerId, listLimit],
  );
  return row.section;
}
