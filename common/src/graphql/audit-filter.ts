import { badInput } from '../errors';
import { isUuid } from './loaders';

/** What an admin audit query filters by (every part optional; the time window is `from` inclusive, `to` exclusive). */
export interface AuditWindowFilter {
  customerId?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The longest actor id a filter takes (token subjects are shorter). */
export const MAX_AUDIT_ACTOR_ID = 200;

/**
 * Checks an audit filter before anything is read: a customer id that is a UUID, an actor id of 1 to 200
 * characters, and a time window whose `from` is before its `to`; BAD_USER_INPUT naming the field otherwise.
 */
export function checkAuditFilter(filter: AuditWindowFilter | null | undefined): void {
  if (!filter) return;
  if (filter.customerId != null && !isUuid(filter.customerId)) throw badInput('customerId is not a customer id', { field: 'filter.customerId' });
  if (filter.actorId != null && (filter.actorId.length < 1 || filter.actorId.length > MAX_AUDIT_ACTOR_ID)) {
    throw badInput(`actorId must be 1–${MAX_AUDIT_ACTOR_ID} characters`, { field: 'filter.actorId' });
  }
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) throw badInput('from must be before to', { field: 'filter.from' });
}
