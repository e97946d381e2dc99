import { requireActor, requireRole, type Actor, type Role } from '@member-graph/common/auth';
import { forbidden, notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import type { EntityManager } from 'typeorm';
import type { FactsLoader } from './facts.service';
import { queryRows } from '../deps';

/** Who may read service data: the customer (own only) and service staff; marketers are FORBIDDEN. */
export const READ_ROLES: Role[] = ['customer', 'agent', 'admin', 'system'];
/** Who may write service data on anyone's behalf. */
export const STAFF_ROLES: Role[] = ['agent', 'admin', 'system'];

/**
 * Checks that `actor` may see data of `customerId`: staff (agent, admin, system) may, a customer only
 * their own, including data that moved to the customer they were merged into. Anyone else's answers
 * NOT_FOUND (`what` `id`), so ids cannot be probed. The merge pointer comes from the loader or `tx`.
 */
export async function requireOwnerOrStaff(
  actor: Actor | null,
  customerId: string,
  what: string,
  id: string,
  source: { facts?: FactsLoader; tx?: EntityManager },
): Promise<Actor> {
  const a = requireRole(actor, ...READ_ROLES);
  if (a.role !== 'customer' || a.id === customerId) return a;
  if (!isUuid(a.id)) throw notFound(what, id);
  const mergedInto = source.facts
    ? (await source.facts.load(a.id))?.mergedInto
    : source.tx
      ? (await queryRows<{ m: string | null }>(source.tx, `select merged_into as m from service.customer_facts where customer_id = $1`, [a.id]))[0]?.m
      : null;
  if (mergedInto !== customerId) throw notFound(what, id);
  return a;
}

/** A staff member who may change service data (agents, admins, integrations); FORBIDDEN otherwise. */
export function requireServiceStaff(actor: Actor | null, ...roles: Role[]): Actor {
  const a = requireActor(actor);
  const allowed = roles.length ? roles : STAFF_ROLES;
  if (!allowed.includes(a.role)) throw forbidden(`This needs one of the roles: ${allowed.join(', ')}`);
  return a;
}
