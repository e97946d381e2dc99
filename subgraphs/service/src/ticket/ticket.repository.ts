import type { EntityManager } from 'typeorm';
import { type Actor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import type { TicketTypeCode } from './ticket.codes';
import { TicketEntity, TicketHistoryEntity } from './ticket.entity';

/** Locks a ticket row for the rest of the transaction, or NOT_FOUND. */
export async function lockTicket(tx: EntityManager, id: string): Promise<TicketEntity> {
  const t = isUuid(id)
    ? await tx.getRepository(TicketEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id }).getOne()
    : null;
  if (!t) throw notFound('Ticket', id);
  return t;
}

/** One history line of a ticket (status, assignment, priority, escalation with its rule, category, SLA). */
export interface HistoryLine {
  kind: 'OPENED' | 'STATUS' | 'ASSIGNED' | 'PRIORITY' | 'ESCALATED' | 'CATEGORISED' | 'CATEGORY_CORRECTED' | 'SLA_BREACHED';
  from?: string | null;
  to?: string | null;
  rule?: string | null;
  note?: string | null;
}

export async function writeHistory(tx: EntityManager, ticketId: string, actor: Actor | null, at: Date, ...lines: HistoryLine[]): Promise<void> {
  if (lines.length === 0) return;
  await tx.getRepository(TicketHistoryEntity).insert(
    lines.map((l) => ({
      ticketId,
      kind: l.kind,
      fromValue: l.from ?? null,
      toValue: l.to ?? null,
      rule: l.rule ?? null,
      note: l.note ?? null,
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      at,
    })),
  );
}

/** A customer's tickets opened since `since`, recovery tickets left out (what the REPEAT escalation rule counts). */
export function earlierTickets(tx: EntityManager, customerId: string, since: Date): Promise<{ type: TicketTypeCode; createdAt: Date }[]> {
  return queryRows<{ type: TicketTypeCode; createdAt: Date }>(
    tx,
    `select type, created_at as "createdAt" from service.tickets where customer_id = $1 and created_at >= $2 and recovery_of_survey_id is null`,
    [customerId, since],
  );
}
