import type { Context } from '../context';
import type { MemberService } from './member.service';

/** `_entities` for Customer: no query of its own, only the access check (a merged id's owner may read the survivor). */
export const customerReference = (memberService: MemberService) => ({
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) => memberService.reference(ctx.actor, ref.id, ctx.loaders.memberById),
  },
});
