import type { EntityManager } from 'typeorm';
import { type Actor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { CustomerEntity } from './customer.entity';

/**
 * Locks (FOR UPDATE) the customer a write is meant for and returns it; a merged id leads to its
 * survivor, so feeds and clients holding an old id keep working. Unknown, erased or malformed ids,
 * and a customer actor writing for someone else, answer NOT_FOUND (ids cannot be probed).
 */
export async function lockActiveCustomer(tx: EntityManager, id: string, actor?: Actor): Promise<CustomerEntity> {
  if (!isUuid(id)) throw notFound('Customer', String(id));
  const repo = tx.getRepository(CustomerEntity);
  let customer = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  for (let hops = 0; customer?.status === 'MERGED' && customer.mergedIntoId && hops < 5; hops++) {
    customer = await repo.findOne({ where: { id: customer.mergedIntoId }, lock: { mode: 'pessimistic_write' } });
  }
  if (!customer || customer.status !== 'ACTIVE') throw notFound('Customer', id);
  if (actor?.role === 'customer' && actor.id !== id && actor.id !== customer.id) throw notFound('Customer', id);
  return customer;
}
