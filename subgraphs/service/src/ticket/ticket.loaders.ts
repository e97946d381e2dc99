import { In, type DataSource } from 'typeorm';
import { isUuid, manyByKey, oneByKey, ownerCounts } from '@member-graph/common/graphql';
import { customerPages } from '../pages';
import { TicketProgressEntity } from '../progress/progress.entity';
import { TicketEntity, TicketHistoryEntity, TicketMessageEntity } from './ticket.entity';

const uuids = (keys: readonly string[]) => keys.filter(isUuid);

/** The ticket loaders of one request: every reference and child list is one query per tick. */
export function ticketLoaders(ds: DataSource) {
  return {
    ticketById: oneByKey<string, TicketEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(TicketEntity).findBy({ id: In(uuids(ids)) }) : Promise.resolve([])),
      (t) => t.id,
    ),
    messagesByTicket: manyByKey<string, TicketMessageEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(TicketMessageEntity).find({ where: { ticketId: In(uuids(ids)) }, order: { id: 'ASC' } }) : Promise.resolve([])),
      (m) => m.ticketId,
    ),
    historyByTicket: manyByKey<string, TicketHistoryEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(TicketHistoryEntity).find({ where: { ticketId: In(uuids(ids)) }, order: { id: 'ASC' } }) : Promise.resolve([])),
      (h) => h.ticketId,
    ),
    progressByTicket: manyByKey<string, TicketProgressEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(TicketProgressEntity).find({ where: { ticketId: In(uuids(ids)) }, order: { seq: 'ASC' } }) : Promise.resolve([])),
      (p) => p.ticketId,
    ),
    ticketPage: customerPages<TicketEntity>(ds, 'tickets', TicketEntity),
    ticketCountByCustomer: ownerCounts(ds, { table: 'service.tickets' }),
  };
}
