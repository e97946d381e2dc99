import type { DataSource } from 'typeorm';
import { exportListSql, exportMoneySql, isUuid } from '@member-graph/common/graphql';
import { queryRows } from '../deps';

/** The customer `actorId` was merged into, if any (a customer may export the survivor of their old id). */
export async function factsMergedInto(db: DataSource, actorId: string): Promise<string | null> {
  if (!isUuid(actorId)) return null;
  const rows = await queryRows<{ m: string | null }>(db, `select merged_into as m from service.customer_facts where customer_id = $1`, [actorId]);
  return rows[0]?.m ?? null;
}

/**
 * The service section of one customer's export, read in one statement, every list (each ticket's
 * messages and each return's lines and progress too) at most `listLimit` rows. Staff appear by role
 * only (who answered, who moved a return), never by their ids.
 */
export async function readServiceSection(db: DataSource, customerId: string, listLimit: number): Promise<Record<string, unknown>> {
  const [row] = await queryRows<{ section: Record<string, unknown> }>(
    db,
    `select json_build_object(
       'tickets', ${exportListSql(`select t.id, t.type, t.channel, t.status, t.priority, t.subject, t.order_id as "orderId", t.category,
           t.created_at as "openedAt", t.first_responded_at as "firstRespondedAt", t.resolved_at as "resolvedAt", t.closed_at as "closedAt",
           ${exportListSql(`select m.author, m.channel, m.body, m.created_at as "at" from service.ticket_messages m where m.ticket_id = t.id order by m.created_at, m.id`)} as messages
         from service.tickets t where t.customer_id = $1 order by t.created_at desc, t.id`)},
       'returns', ${exportListSql(`select r.id, r.order_id as "orderId", r.stage, r.reason, r.photo_urls as "photoUrls", ${exportMoneySql('r.amount_cents')} as amount,
           r.courier, r.tracking_no as "trackingNo", r.refunded_at as "refundedAt", r.created_at as "requestedAt",
           ${exportListSql(`select l.sku, l.quantity, ${exportMoneySql('l.amount_cents')} as amount from service.return_lines l where l.return_id = r.id order by l.sku`)} as lines,
           ${exportListSql(`select p.seq, p.stage, p.note, p.actor_role as "byRole", p.at from service.return_progress p where p.return_id = r.id order by p.seq`)} as progress
         from service.returns r where r.customer_id = $1 order by r.created_at desc, r.id`)},
       'surveys', ${exportListSql(`select s.id, s.ticket_id as "ticketId", s.return_id as "returnId", s.created_at as "offeredAt", s.answered_at as "answeredAt",
           s.csat, s.nps, s.ces, s.comment
         from service.surveys s where s.customer_id = $1 order by s.created_at desc, s.id`)}
     ) as section`,
    [customerId, listLimit],
  );
  return row.section;
}
