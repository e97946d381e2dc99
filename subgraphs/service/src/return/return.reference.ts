import type { Context } from '../context';
import type { ReturnQueries } from './return-queries.service';

/** `_entities` for ReturnRequest: batched through the request's loader, under the same access rules as `returnRequest(id)`. */
export const returnReference = (queries: ReturnQueries) => ({
  ReturnRequest: {
    __resolveReference: (ref: { id: string }, ctx: Context) => queries.get(ctx.actor, ref.id, ctx.loaders),
  },
});
