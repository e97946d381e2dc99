import { requireActor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import type { Context } from '../context';

/**
 * `_entities` for Customer: no query of its own for staff, only the access check; a customer may read
 * themself, including through an id they were merged from (one batched facts query).
 */
export const customerReference = {
  Customer: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const a = requireActor(ctx.actor);
      if (a.role === 'customer' && a.id !== ref.id && (await ctx.loaders.factsByCustomer.load(a.id))?.mergedInto !== ref.id) {
        throw notFound('Customer', ref.id);
      }
      return { id: ref.id };
    },
  },
};
