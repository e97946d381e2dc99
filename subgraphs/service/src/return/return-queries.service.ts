import { requireRole, type Actor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import type DataLoader from 'dataloader';
import { READ_ROLES, requireOwnerOrStaff, requireServiceStaff } from '../customer/access';
import type { FactsLoader } from '../customer/facts.service';
import type { Deps } from '../deps';
import { filteredPage, pageConnection, pageRequest } from '../pages';
import { ReturnEntity } from './return.entity';

/** Reads of returns under the access rules (customers their own only; other ids answer NOT_FOUND). */
export class ReturnQueries {
  constructor(private readonly deps: Deps) {}

  /** One return (also `_entities` for ReturnRequest), batched through the request's loader. */
  async get(actor: Actor | null, id: string, loaders: { returnById: DataLoader<string, ReturnEntity | null>; factsByCustomer: FactsLoader }): Promise<ReturnEntity> {
    requireRole(actor, ...READ_ROLES);
    const r = isUuid(id) ? await loaders.returnById.load(id) : null;
    if (!r) throw notFound('Return', id);
    await requireOwnerOrStaff(actor, r.customerId, 'Return', id, { facts: loaders.factsByCustomer });
    return r;
  }

  /** The agents' list, newest first, filtered by stage, order or customer (staff only). */
  async list(actor: Actor | null, filter: { stage?: string[] | null; orderId?: string | null; customerId?: string | null } | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    requireServiceStaff(actor);
    const req = pageRequest('', first, after);
    const f = filter ?? {};
    const qb = this.deps.dataSource.getRepository(ReturnEntity).createQueryBuilder('r');
    if (f.stage?.length) qb.andWhere('r.stage in (:...stage)', { stage: f.stage });
    for (const [column, value] of [['order_id', f.orderId], ['customer_id', f.customerId]] as const) {
      if (!value) continue;
      if (!isUuid(value)) return pageConnection([], req, after);
      qb.andWhere(`r.${column} = :${column}`, { [column]: value });
    }
    return filteredPage(qb, 'r', req, after);
  }
}
