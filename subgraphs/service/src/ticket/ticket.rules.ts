import { badInput } from '@member-graph/common/errors';
import { DAY_MS } from '@member-graph/common/time';
import type { TicketStatusCode, TicketTypeCode } from './ticket.codes';
import { customerMayOnlyCloseOrReopen, invalidTransition, reopenWindowClosed } from './ticket.errors';

export type { TicketStatusCode };


/**
 * The state machine of each ticket type: which statuses a ticket may move to from each status.
 * A consultation may be answered at once (NEW → RESOLVED); complaints and after-sales tickets must be
 * assigned and worked first, and a complaint can only be resolved by an agent working it. Moving from
 * RESOLVED or CLOSED back to IN_PROGRESS is a reopen, allowed within the reopen window.
 */
export const TRANSITIONS: Readonly<Record<TicketTypeCode, Readonly<Record<TicketStatusCode, readonly TicketStatusCode[]>>>> = {
  CONSULTATION: {
    NEW: ['ASSIGNED', 'IN_PROGRESS', 'RESOLVED'],
    ASSIGNED: ['IN_PROGRESS', 'RESOLVED'],
    IN_PROGRESS: ['WAITING_CUSTOMER', 'RESOLVED'],
    WAITING_CUSTOMER: ['IN_PROGRESS', 'RESOLVED'],
    RESOLVED: ['CLOSED', 'IN_PROGRESS'],
    CLOSED: ['IN_PROGRESS'],
  },
  COMPLAINT: {
    NEW: ['ASSIGNED'],
    ASSIGNED: ['IN_PROGRESS'],
    IN_PROGRESS: ['WAITING_CUSTOMER', 'RESOLVED'],
    WAITING_CUSTOMER: ['IN_PROGRESS'],
    RESOLVED: ['CLOSED', 'IN_PROGRESS'],
    CLOSED: ['IN_PROGRESS'],
  },
  AFTER_SALES: {
    NEW: ['ASSIGNED'],
    ASSIGNED: ['IN_PROGRESS'],
    IN_PROGRESS: ['WAITING_CUSTOMER', 'RESOLVED'],
    WAITING_CUSTOMER: ['IN_PROGRESS', 'RESOLVED'],
    RESOLVED: ['CLOSED', 'IN_PROGRESS'],
    CLOSED: ['IN_PROGRESS'],
  },
};

/** Statuses in which a ticket is still being handled (messages without a ticket id join the newest of these). */
export const OPEN_STATUSES: readonly TicketStatusCode[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER'];

export const isReopen = (from: TicketStatusCode, to: TicketStatusCode) => (from === 'RESOLVED' || from === 'CLOSED') && to === 'IN_PROGRESS';

/**
 * Checks one move (pure): INVALID_TRANSITION unless the type's machine allows it; a reopen later than
 * `reopenWindowDays` after the resolution is REOPEN_WINDOW_CLOSED; a customer may only close a resolved
 * ticket or reopen one (FORBIDDEN otherwise).
 */
export function checkTransition(args: {
  type: TicketTypeCode;
  from: TicketStatusCode;
  to: TicketStatusCode;
  byCustomer: boolean;
  resolvedAt: Date | null;
  now: Date;
  reopenWindowDays: number;
}): void {
  const { type, from, to } = args;
  if (!TRANSITIONS[type][from].includes(to)) throw invalidTransition(type, from, to, TRANSITIONS[type][from]);
  const reopen = isReopen(from, to);
  if (args.byCustomer && !reopen && !(from === 'RESOLVED' && to === 'CLOSED')) {
    throw customerMayOnlyCloseOrReopen();
  }
  if (reopen) {
    const resolvedAt = args.resolvedAt?.getTime() ?? 0;
    if (args.now.getTime() > resolvedAt + args.reopenWindowDays * DAY_MS) {
      throw reopenWindowClosed(args.reopenWindowDays);
    }
  }
}

/** Trims a free text and checks its length (pure); `field` names it in the error. */
export function text(value: string | null | undefined, field: string, max: number, options: { required?: boolean } = {}): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (options.required) throw badInput(`${field} must not be empty`, { field });
    return null;
  }
  if (v.length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return v;
}

/**
 * Where a reply moves its ticket: the customer answering a WAITING_CUSTOMER ticket puts it back to
 * work (its SLA clock runs again); an agent answering an ASSIGNED ticket has started working it.
 * Any other reply leaves the status as it is.
 */
export function statusAfterReply(author: 'CUSTOMER' | 'AGENT', status: TicketStatusCode): { to: TicketStatusCode; note: string } | null {
  if (author === 'CUSTOMER' && status === 'WAITING_CUSTOMER') return { to: 'IN_PROGRESS', note: 'The customer replied' };
  if (author === 'AGENT' && status === 'ASSIGNED') return { to: 'IN_PROGRESS', note: 'The agent replied' };
  return null;
}
