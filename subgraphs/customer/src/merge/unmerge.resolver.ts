import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { UnmergeService } from './unmerge.service';
import { CustomerUnmerge, UnmergeCustomerInput } from './unmerge.type';

@Resolver()
export class UnmergeResolver {
  constructor(private readonly unmergeService: UnmergeService) {}

  @Mutation(() => CustomerUnmerge, {
    description:
      'Admins: undo a wrong merge. The merged customer is active again with the identities, orders, behaviour and tags it brought; the survivor gives back the profile fields the merge filled; audited; emits customer.unmerged so points, tickets, returns and coupons move back. ALREADY_UNMERGED, CUSTOMER_ERASED or MERGE_NOT_UNDOABLE when it cannot be undone.',
  })
  async unmergeCustomer(@Arg('input') input: UnmergeCustomerInput, @Ctx() ctx: Context): Promise<CustomerUnmerge> {
    const r = await this.unmergeService.unmerge(ctx.actor, input, input.reason);
    return { ...r, restored: Object.entries(r.restored).map(([kind, count]) => ({ kind, count })) };
  }
}
