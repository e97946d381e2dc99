import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { READ_ROLES, requireOwnerOrStaff } from '../customer/access';
import type { FactsService } from '../customer/facts.service';
import type { Deps } from '../deps';
import { ticketClosed } from './ticket.errors';
import { TicketEntity, TicketMessageEntity } from './ticket.entity';
import { OPEN_STATUSES, statusAfterReply, text, type TicketStatusCode } from './ticket.rules';
import type { TicketService } from './ticket.service';
import { lockTicket } from './ticket.repository';

/** A message as callers give it: to a ticket, or (without one) to the customer's conversation. */
export interface PostMessageCommand {
  ticketId?: string | null;
  customerId?: string | null;
  channel: string;
  body: string;
}

/**
 * The conversation memory: every message, from the customer or an agent and on any channel, joins a
 * ticket; without a ticket id it joins the customer's newest open ticket (whatever channel that one
 * came from), and only when there is none does it open a CONSULTATION ticket. Customers and channel
 * integrations (system) write as the customer; agents and admins as an agent.
 */
export class MessageService {
  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsService,
    private readonly tickets: TicketService,
  ) {}

  async post(actor: Actor | null, cmd: PostMessageCommand): Promise<{ ticket: TicketEntity; message: TicketMessageEntity; openedTicket: boolean }> {
    const a = requireRole(actor, ...READ_ROLES);
    const body = text(cmd.body, 'body', 5000, { required: true })!;
    return inTransaction(this.deps.dataSource, async (tx) => {
      let ticket: TicketEntity | null = null;
      if (cmd.ticketId) {
        ticket = await lockTicket(tx, cmd.ticketId);
        await requireOwnerOrStaff(a, ticket.customerId, 'Ticket', cmd.ticketId, { tx });
      } else {
        const given = a.role === 'customer' ? a.id : cmd.customerId?.trim();
        if (!given || !isUuid(given)) throw badInput('give a ticketId, or the customerId whose conversation this joins', { field: 'customerId' });
        const customerId = await this.facts.canonicalId(tx, given);
        ticket = await this.newestOpen(tx, customerId);
        if (!ticket) {
          const opened = await this.tickets.openIn(tx, a, { customerId, type: 'CONSULTATION', channel: cmd.channel, subject: subjectOf(body), body });
          const [message] = await tx.getRepository(TicketMessageEntity).find({ where: { ticketId: opened.id }, order: { id: 'ASC' }, take: 1 });
          return { ticket: opened, message, openedTicket: true };
        }
      }
      if (ticket.status === 'CLOSED') throw ticketClosed('This ticket is closed; reopen it or write without a ticket id to start a new one');
      const now = this.deps.clock.now();
      const author = a.role === 'customer' || a.role === 'system' ? 'CUSTOMER' : 'AGENT';
      const message = tx.getRepository(TicketMessageEntity).create({
        ticketId: ticket.id,
        customerId: ticket.customerId,
        author,
        authorId: a.id,
        channel: cmd.channel,
        body,
        createdAt: now,
      });
      await tx.getRepository(TicketMessageEntity).save(message);
      if (author === 'AGENT') await this.tickets.markResponded(tx, ticket, now);
      else await tx.getRepository(TicketEntity).update({ id: ticket.id }, { updatedAt: now });
      const next = statusAfterReply(author, ticket.status as TicketStatusCode);
      if (next) ticket = await this.tickets.move(tx, a, ticket, next.to, next.note, { byCustomer: false });
      return { ticket, message, openedTicket: false };
    });
  }

  private async newestOpen(tx: EntityManager, customerId: string): Promise<TicketEntity | null> {
    return tx
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.customer_id = :customerId and t.status in (:...open)', { customerId, open: OPEN_STATUSES })
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(1)
      .getOne();
  }
}

/** The subject of a ticket opened by a message: its first line, shortened. */
const subjectOf = (body: string) => {
  const line = body.split(/\r?\n/)[0].trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};
