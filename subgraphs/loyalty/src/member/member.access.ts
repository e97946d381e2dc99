import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { customerIdRequired } from './member.errors';

/**
 * The customer a write is for: the one named, else a customer caller themself. A customer may name
 * only themself (anyone else answers NOT_FOUND, so ids cannot be probed); staff roles are checked by the caller.
 */
export function customerOfWrite(actor: Actor, named: string | null | undefined): string {
  const customerId = named ?? (actor.role === 'customer' ? actor.id : null);
  if (!customerId) throw customerIdRequired();
  if (actor.role === 'customer' && customerId !== actor.id) throw notFound('Customer', customerId);
  return customerId;
}

/**
 * Who may write points or growth for a customer: the customer for themself, an integration (system) or
 * an admin for anyone. Returns the writer and the customer the write is for (customerOfWrite).
 */
export function writeFor(actor: Actor | null, named: string | null | undefined): { writer: Actor; customerId: string } {
  const writer = requireActor(actor);
  const customerId = customerOfWrite(writer, named);
  if (writer.role !== 'customer') requireRole(writer, 'system', 'admin');
  return { writer, customerId };
}
