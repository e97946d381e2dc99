import { DomainError } from '@member-graph/common/errors';

/** The domain errors of returns, one factory per code. */

export const invalidReturnTransition = (from: string, to: string, allowed: string[]) =>
  new DomainError('INVALID_TRANSITION', `A return cannot move from ${from} to ${to}; from ${from} it can move to ${allowed.length ? allowed.join(', ') : 'nothing'}`, {
    from,
    to,
    allowed,
  });

export const returnMoveForbidden = (to: string, roles: readonly string[]) => new DomainError('FORBIDDEN', `Moving a return to ${to} needs one of the roles: ${roles.join(', ')}`);

export const returnWindowClosed = (windowDays: number) => new DomainError('RETURN_WINDOW_CLOSED', `A return can be opened within ${windowDays} days of payment`, { windowDays });

/** RETURN_EXCEEDS_ORDER: more than is left of a line, or of the order's refundable amount. */
export const returnExceedsOrder = (message: string, details: Record<string, unknown>) => new DomainError('RETURN_EXCEEDS_ORDER', message, details);
