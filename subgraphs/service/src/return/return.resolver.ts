import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoneyScalar, PageArgs } from '@member-graph/common/graphql';
import type { Context } from '../context';
import type { ReturnService } from './return.service';
import type { ReturnQueries } from './return-queries.service';
import { Customer } from '../customer/customer.type';
import { Survey } from '../satisfaction/survey.type';
import type { ReturnEntity } from './return.entity';
import { AdvanceReturnInput, OpenReturnInput, ReturnDecisionInput, ReturnFilter } from './return.inputs';
import { ReturnLine, ReturnProgressEntry, ReturnRequest, ReturnRequestConnection } from './return.type';

@Resolver(() => ReturnRequest)
export class ReturnResolver {
  constructor(
    private readonly returnQueries: ReturnQueries,
    private readonly returns: ReturnService,
  ) {}

  @Query(() => ReturnRequest, { description: 'One return: the customer\'s own, or any for agents and admins (anyone else\'s answers NOT_FOUND).' })
  returnRequest(@Arg('id', () => ID, { description: 'The return id.' }) id: string, @Ctx() ctx: Context) {
    return this.returnQueries.get(ctx.actor, id, ctx.loaders);
  }

  @Query(() => ReturnRequestConnection, { description: 'The agents\' return list, newest first, with filters (agents, admins, integrations).' })
  returnRequests(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ReturnFilter, { nullable: true, description: 'Filters (all optional).' }) filter?: ReturnFilter | null,
  ) {
    return this.returnQueries.list(ctx.actor, filter, first, after);
  }

  @FieldResolver(() => MoneyScalar, { description: 'The amount to refund: the returned lines\' share of what was paid.' })
  amount(@Root() r: ReturnEntity): number {
    return r.amountCents;
  }

  @FieldResolver(() => Customer, { description: 'The customer the return belongs to.' })
  customer(@Root() r: ReturnEntity): Customer {
    return { id: r.customerId };
  }

  @FieldResolver(() => [ReturnLine], { description: 'The returned lines.' })
  async lines(@Root() r: ReturnEntity, @Ctx() ctx: Context): Promise<ReturnLine[]> {
    return (await ctx.loaders.linesByReturn.load(r.id)).map((l) => ({ sku: l.sku, quantity: l.quantity, amount: l.amountCents }));
  }

  @FieldResolver(() => [ReturnProgressEntry], { description: 'Every stage change with time, actor role and note, numbered from 1 (the same events returnProgress streams).' })
  progress(@Root() r: ReturnEntity, @Ctx() ctx: Context) {
    return ctx.loaders.progressByReturn.load(r.id);
  }

  @FieldResolver(() => Survey, { nullable: true, description: 'The satisfaction survey offered when the return was refunded.' })
  survey(@Root() r: ReturnEntity, @Ctx() ctx: Context) {
    return ctx.loaders.surveyByReturn.load(r.id);
  }

  @Mutation(() => ReturnRequest, { description: 'Open a return for lines of an order; approved at once when the auto-approval rule passes (return rate, tier, amount), otherwise left to an agent. Emits return.opened.' })
  openReturn(@Arg('input', { description: 'The return.' }) input: OpenReturnInput, @Ctx() ctx: Context) {
    return this.returns.open(ctx.actor, input);
  }

  @Mutation(() => ReturnRequest, { description: 'Approve a requested return (agents, admins, integrations).' })
  approveReturn(@Arg('input', { description: 'The decision.' }) input: ReturnDecisionInput, @Ctx() ctx: Context) {
    return this.returns.move(ctx.actor, { ...input, to: 'APPROVED' });
  }

  @Mutation(() => ReturnRequest, { description: 'Reject a requested return, or one that failed its quality check, with the reason as note (agents, admins, integrations).' })
  rejectReturn(@Arg('input', { description: 'The decision.' }) input: ReturnDecisionInput, @Ctx() ctx: Context) {
    return this.returns.move(ctx.actor, { ...input, to: 'REJECTED' });
  }

  @Mutation(() => ReturnRequest, { description: 'Cancel a return before it is shipped back (the customer, or staff).' })
  cancelReturn(@Arg('input', { description: 'The cancellation.' }) input: ReturnDecisionInput, @Ctx() ctx: Context) {
    return this.returns.move(ctx.actor, { ...input, to: 'CANCELLED' });
  }

  @Mutation(() => ReturnRequest, {
    description: 'Move a return to its next stage: SHIPPED_BACK (the customer, with the tracking number), COURIER_PICKED_UP, RECEIVED, QUALITY_CHECK and REFUNDED (staff and the logistics feed). REFUNDED emits return.refunded: the order records the refund and loyalty reverses the points.',
  })
  advanceReturn(@Arg('input', { description: 'The move.' }) input: AdvanceReturnInput, @Ctx() ctx: Context) {
    return this.returns.move(ctx.actor, input);
  }
}
