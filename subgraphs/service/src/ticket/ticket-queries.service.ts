import { requireRole, type Actor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import type DataLoader from 'dataloader';
import { READ_ROLES, requireOwnerOrStaff, requireServiceStaff } from '../customer/access';
import type { FactsLoader } from '../customer/facts.service';
import type { Deps } from '../deps';
import { filteredPage, pageConnection, pageRequest } from '../pages';
import { TicketEntity } from './ticket.entity';

/** Filters of the agents' ticket list. */
export interface TicketFilterArgs {
  status?: string[] | null;
  priority?: string[] | null;
  type?: string | null;
  assigneeId?: string | null;
  skillGroup?: string | null;
  managerFollowUp?: boolean | null;
  customerId?: string | null;
}

/** Reads of tickets under the access rules (customers their own only; other ids answer NOT_FOUND). */
export class TicketQueries {
  constructor(private readonly deps: Deps) {}

  /** One ticket (also `_entities` for Ticket), batched through the request's loader. */
  async get(actor: Actor | null, id: string, loaders: { ticketById: DataLoader<string, TicketEntity | null>; factsByCustomer: FactsLoader }): Promise<TicketEntity> {
    requireRole(actor, ...READ_ROLES);
    const t = isUuid(id) ? await loaders.ticketById.load(id) : null;
    if (!t) throw notFound('Ticket', id);
    await requireOwnerOrStaff(actor, t.customerId, 'Ticket', id, { facts: loaders.factsByCustomer });
    return t;
  }

  /** The agents' list, newest first, with filters (staff only). */
  async list(actor: Actor | null, filter: TicketFilterArgs | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    requireServiceStaff(actor);
    const req = pageRequest('', first, after);
    const f = filter ?? {};
    const qb = this.deps.dataSource.getRepository(TicketEntity).createQueryBuilder('t');
    if (f.status?.length) qb.andWhere('t.status in (:...status)', { status: f.status });
    if (f.priority?.length) qb.andWhere('t.priority in (:...priority)', { priority: f.priority });
    if (f.type) qb.andWhere('t.type = :type', { type: f.type });
    if (f.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: f.assigneeId });
    if (f.skillGroup) qb.andWhere('t.skill_group = :skillGroup', { skillGroup: f.skillGroup });
    if (f.managerFollowUp !== null && f.managerFollowUp !== undefined) qb.andWhere('t.manager_follow_up = :m', { m: f.managerFollowUp });
    if (f.customerId) {
      if (!isUuid(f.customerId)) return pageConnection([], req, after);
      qb.andWhere('t.customer_id = :customerId', { customerId: f.customerId });
    }
    return filteredPage(qb, 't', req, after);
  }
}
