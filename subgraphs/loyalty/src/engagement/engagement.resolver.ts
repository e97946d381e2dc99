import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { EngagementResult, RecordEngagementInput } from './engagement.type';

@Resolver()
export class EngagementResolver {
  @Mutation(() => EngagementResult, { description: 'Reward a product review or share with growth value (customers for themselves; integrations and admins for anyone). Counted once per source id, within a daily cap.' })
  recordEngagement(@Arg('input') input: RecordEngagementInput, @Ctx() ctx: Context) {
    return ctx.services.engagements.record(ctx.actor, input);
  }
}
