import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { LifecycleStage } from './lifecycle.enums';
import { LifecycleTransition } from './lifecycle.type';
import { RfmRefreshResult, RfmScores } from './rfm.type';
import type { RfmService } from './rfm.service';

@Resolver(() => Customer)
export class RfmResolver {
  constructor(private readonly rfmService: RfmService) {}

  @Mutation(() => RfmRefreshResult, {
    description: 'Recompute every customer\'s RFM scores and lifecycle stage now (admins; it also runs daily). Idempotent; emits customer.rfm_changed and customer.lifecycle_changed only for customers whose values changed.',
  })
  refreshRfm(@Ctx() ctx: Context) {
    return this.rfmService.refreshNow(ctx.actor);
  }

  @FieldResolver(() => RfmScores, { nullable: true, description: 'RFM scores; null until computed, and for customers without orders.' })
  rfm(@Root() c: CustomerEntity): RfmScores | null {
    if (c.recencyScore == null || c.frequencyScore == null || c.monetaryScore == null || !c.rfmComputedAt) return null;
    return { recency: c.recencyScore, frequency: c.frequencyScore, monetary: c.monetaryScore, computedAt: c.rfmComputedAt };
  }

  @FieldResolver(() => [LifecycleTransition], { description: 'The customer\'s lifecycle stage moves, newest first, with time and cause (agents, marketers, admins).' })
  lifecycleHistory(
    @Root() c: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many moves to return (1–100, default 20).' }) first?: number | null,
  ) {
    return this.rfmService.history(ctx.actor, ctx.loaders.lifecycleHistoryByCustomer, c.id, first);
  }

  @FieldResolver(() => LifecycleStage, { description: 'Lifecycle stage derived from orders, refreshed when an order is recorded and daily.' })
  lifecycleStage(@Root() c: CustomerEntity): LifecycleStage {
    return c.lifecycleStage as LifecycleStage;
  }
}
