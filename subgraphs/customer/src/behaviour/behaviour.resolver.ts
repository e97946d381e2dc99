import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { BehaviourEventInput } from './behaviour.inputs';
import { BehaviourEvent, RecordBehaviourResult } from './behaviour.type';
import type { BehaviourService } from './behaviour.service';

@Resolver(() => Customer)
export class BehaviourResolver {
  constructor(private readonly behaviourService: BehaviourService) {}

  @Mutation(() => RecordBehaviourResult, {
    description: 'Record a batch of login, browse, search and add-to-cart events in one transaction (integrations; a customer may record their own). Moves each customer\'s lastActiveAt forward and emits customer.behaviour_recorded per event.',
  })
  recordBehaviour(
    @Arg('events', () => [BehaviourEventInput], { description: 'The events (1–500); all are recorded or none.' }) events: BehaviourEventInput[],
    @Ctx() ctx: Context,
  ) {
    return this.behaviourService.record(ctx.actor, events);
  }

  @FieldResolver(() => [BehaviourEvent], { description: 'The latest behaviour events of this customer, newest first.' })
  recentBehaviour(
    @Root() c: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many events to return (1–100, default 20).' }) first?: number | null,
  ) {
    return this.behaviourService.recent(ctx.loaders.recentBehaviourByCustomer, c.id, first);
  }
}
