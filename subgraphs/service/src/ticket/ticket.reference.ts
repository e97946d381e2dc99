import type { Context } from '../context';

/** `_entities` for Ticket: batched through the request's loader, under the same access rules as `ticket(id)`. */
export const ticketReference = {
  Ticket: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.services.ticketQueries.get(ctx.actor, ref.id, ctx.loaders),
  },
};
