import type { EntityManager } from 'typeorm';
import { lockCustomers } from '../deps';
import type { ConsumerServices } from './consumer-services';

/**
 * The shape of every marketing handler: follow a merged id to its survivor, lock the customer,
 * update the projection, then (live, not while replaying the log) re-evaluate the customer's saved
 * segments and run the event's reactions (triggers, attribution). An event about an erased customer
 * (a refund of a kept order, a late event) changes nothing.
 */
export async function forCustomer<T>(
  s: Pick<ConsumerServices, 'facts' | 'membership'>,
  tx: EntityManager,
  customerId: string,
  react: boolean,
  project: (id: string) => Promise<T>,
  reactions?: (id: string, projected: T) => Promise<void>,
): Promise<void> {
  const id = await s.facts.canonical(tx, customerId);
  await lockCustomers(tx, id);
  if (await s.facts.erasure.isErased(tx, customerId, id)) return;
  const projected = await project(id);
  if (!react) return;
  await s.membership.evaluateCustomer(tx, id, 'EVENT');
  await reactions?.(id, projected);
}
