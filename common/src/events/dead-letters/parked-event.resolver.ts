import 'reflect-metadata';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Actor } from '../../auth/actor';
import type { DeadLetterStore } from './store';
import { ParkedEvent, ParkedEventConnection, ParkedEventStatus } from './parked-event.type';

/**
 * The admin API of one subgraph's dead letters: `<subgraph>ParkedEvents` and `replay<Subgraph>ParkedEvent`.
 * Each subgraph answers its own fields, so one query can list all four and a subgraph that is down
 * leaves only its own field empty.
 */
export function parkedEventResolver(subgraph: string) {
  const Title = subgraph[0].toUpperCase() + subgraph.slice(1);

  @Resolver()
  class ParkedEventResolver {
    constructor(readonly store: DeadLetterStore) {}

    @Query(() => ParkedEventConnection, {
      name: `${subgraph}ParkedEvents`,
      description: `Admins: events the ${subgraph} subgraph's consumers parked after their retries (or held behind one), oldest first.`,
    })
    parkedEvents(
      @Ctx() ctx: { actor: Actor | null },
      @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first?: number,
      @Arg('after', () => String, { nullable: true, description: "Cursor from the previous page's pageInfo.endCursor." }) after?: string,
      @Arg('status', () => ParkedEventStatus, { nullable: true, description: 'Only events with this status.' }) status?: ParkedEventStatus,
    ) {
      return this.store.page(ctx.actor, { first, after, status });
    }

    @Mutation(() => ParkedEvent, {
      name: `replay${Title}ParkedEvent`,
      description: `Admins: runs the ${subgraph} handler of a parked event again (once: idempotent), then the events held behind it in order; a failure leaves it PARKED with the new error.`,
    })
    replayParkedEvent(@Ctx() ctx: { actor: Actor | null }, @Arg('id', () => ID, { description: 'ParkedEvent.id.' }) id: string) {
      return this.store.replay(ctx.actor, id);
    }
  }
  Object.defineProperty(ParkedEventResolver, 'name', { value: `${Title}ParkedEventResolver` });
  return ParkedEventResolver;
}
