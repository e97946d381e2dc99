import type { Context } from '../context';

/** `_entities` for Customer: batched through the per-request loader, under the same access rules as `customer(id)`. */
export const customerReference = {
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) =>
      ctx.services.customers.get(ctx.actor, ref.id, ctx.loaders.customerById),
  },
};
