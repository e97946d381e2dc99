import type { Context } from '../context';

/** `_entities` for ReturnRequest: batched through the request's loader, under the same access rules as `returnRequest(id)`. */
export const returnReference = {
  ReturnRequest: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.services.returnQueries.get(ctx.actor, ref.id, ctx.loaders),
  },
};
