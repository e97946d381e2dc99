import { Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import type { AccountDeletionService } from './deletion.service';
import { DeletionRequest } from './deletion.type';

@Resolver(() => Customer)
export class DeletionResolver {
  constructor(private readonly deletions: AccountDeletionService) {}

  @Mutation(() => DeletionRequest, {
    description:
      'The signed-in customer asks for their account to be deleted (PIPL Art. 47): after a cooling-off period (erasesAt) the account is erased as eraseCustomer does and every token of it stops working (ACCOUNT_ERASED); until then cancelAccountDeletion stops it. Asking again while a request is pending answers that request. Customer tokens only.',
  })
  requestAccountDeletion(@Ctx() ctx: Context) {
    return this.deletions.request(ctx.actor);
  }

  @Mutation(() => DeletionRequest, { description: "The signed-in customer cancels their pending account deletion request before its cooling-off period ends (NO_PENDING_DELETION otherwise). Customer tokens only." })
  cancelAccountDeletion(@Ctx() ctx: Context) {
    return this.deletions.cancel(ctx.actor);
  }

  @FieldResolver(() => DeletionRequest, { nullable: true, description: "This customer's latest account deletion request (null if they never asked): the customer themself, agents and admins." })
  deletionRequest(@Root() c: CustomerEntity & { requestedId?: string }, @Ctx() ctx: Context) {
    return this.deletions.latestOf(ctx.actor, c, ctx.loaders.deletionRequestByCustomer);
  }
}
