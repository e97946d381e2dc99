import type { Context } from '../context';

/** `_entities` for Customer: no query of its own, only the access check (a merged id's owner may read the survivor). */
export const customerReference = {
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.services.members.reference(ctx.actor, ref.id, ctx.loaders.memberById),
  },
};
