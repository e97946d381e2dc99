import { DomainError } from '@member-graph/common/errors';
import type { TicketStatusCode, TicketTypeCode } from './ticket.codes';

/** The domain errors of tickets, one factory per code. */

export const invalidTransition = (type: TicketTypeCode, from: TicketStatusCode, to: TicketStatusCode, allowed: readonly TicketStatusCode[]) =>
  new DomainError(
    'INVALID_TRANSITION',
    `A ${type} ticket cannot move from ${from} to ${to}; from ${from} it can move to ${allowed.length ? allowed.join(', ') : 'nothing'}`,
    { from, to, allowed: [...allowed] },
  );

export const customerMayOnlyCloseOrReopen = () => new DomainError('FORBIDDEN', 'A customer may only close a resolved ticket or reopen one');

export const reopenWindowClosed = (reopenWindowDays: number) =>
  new DomainError('REOPEN_WINDOW_CLOSED', `A ticket can be reopened within ${reopenWindowDays} days of its resolution`, { reopenWindowDays });

/** TICKET_CLOSED, with what the caller should do instead. */
export const ticketClosed = (message: string) => new DomainError('TICKET_CLOSED', message);
