import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { EngagementResult, RecordEngagementInput } from './engagement.type';
import type { EngagementService } from './engagement.service';

@Resolver()
export class EngagementResolver {
  constructor(private readonly engagementService: EngagementService) {}

  @Mutation(() => EngagementResult, { description: 'Reward a product review or share with growth value (customers for themselves; integrations and admins for anyone). Counted once per source id, within a daily cap.' })
  recordEngagement(@Arg('input') input: RecordEngagementInput, @Ctx() ctx: Context) {
    return this.engagementService.record(ctx.actor, input);
  }
}
