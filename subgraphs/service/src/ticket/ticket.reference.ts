import type { Context } from '../context';
import type { TicketQueries } from './ticket-queries.service';

/** `_entities` for Ticket: batched through the request's loader, under the same access rules as `ticket(id)`. */
export const ticketReference = (queries: TicketQueries) => ({
  Ticket: {
    __resolveReference: (ref: { id: string }, ctx: Context) => queries.get(ctx.actor, ref.id, ctx.loaders),
  },
});
