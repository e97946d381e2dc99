import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey, ownerCounts } from '@member-graph/common/graphql';
import { customerPages } from '../pages';
import { rowsByUuid } from '../uuid-rows';
import { TicketProgressEntity } from '../progress/progress.entity';
import { TicketEntity, TicketHistoryEntity, TicketMessageEntity } from './ticket.entity';

/** The ticket loaders of one request: every reference and child list is one query per tick. */
export function ticketLoaders(ds: DataSource) {
  return {
    ticketById: oneByKey<string, TicketEntity>(rowsByUuid(ds, TicketEntity, 'id'), (t) => t.id),
    messagesByTicket: manyByKey<string, TicketMessageEntity>(rowsByUuid(ds, TicketMessageEntity, 'ticketId', { id: 'ASC' }), (m) => m.ticketId),
    historyByTicket: manyByKey<string, TicketHistoryEntity>(rowsByUuid(ds, TicketHistoryEntity, 'ticketId', { id: 'ASC' }), (h) => h.ticketId),
    progressByTicket: manyByKey<string, TicketProgressEntity>(rowsByUuid(ds, TicketProgressEntity, 'ticketId', { seq: 'ASC' }), (p) => p.ticketId),
    ticketPage: customerPages<TicketEntity>(ds, 'tickets', TicketEntity),
    ticketCountByCustomer: ownerCounts(ds, { table: 'service.tickets' }),
  };
}
