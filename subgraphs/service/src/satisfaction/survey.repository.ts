import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Offers a satisfaction survey for a closed ticket or a refunded return, once per ticket or return
 * (closing a reopened ticket again offers no second survey).
 */
export async function offerSurvey(tx: EntityManager, s: { customerId: string; ticketId?: string; returnId?: string; at: Date }): Promise<void> {
  await tx.query(
    `insert into service.surveys (id, customer_id, ticket_id, return_id, created_at) values ($1, $2, $3, $4, $5) on conflict do nothing`,
    [randomUUID(), s.customerId, s.ticketId ?? null, s.returnId ?? null, s.at],
  );
}
