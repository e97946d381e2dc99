import { requireActor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import type { Context } from '../context';

/**
 * `_entities` for Customer: no query of its own beyond the access check. Staff may read any
 * customer's marketing data; a customer only their own (also through an id they were merged into);
 * anyone else's answers NOT_FOUND.
 */
export const customerReference = {
  Customer: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const a = requireActor(ctx.actor);
      if (a.role === 'customer' && a.id !== ref.id) {
        const own = isUuid(a.id) ? await ctx.loaders.factsById.load(a.id) : null;
        if (own?.mergedInto !== ref.id) throw notFound('Customer', ref.id);
      }
      return { id: ref.id };
    },
  },
};
