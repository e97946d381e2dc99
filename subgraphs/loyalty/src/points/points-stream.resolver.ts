import { Arg, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeFn } from '@member-graph/common/federation';
import type { PointsChangeRow, PointsStreamService } from './points-stream.service';
import { PointsChange } from './points.type';

/** The `subscribe` of pointsChanged, bound to its service when the schema is built with services (schema.ts). */
export const pointsSubscriptions = (streams: PointsStreamService): Record<string, SubscribeFn> => ({
  pointsChanged: ({ args, context }) => streams.stream(context.actor, args.afterSeq),
});

const unwired = (): never => {
  throw new Error('pointsChanged is bound when the schema is built with its services (buildLoyaltySchema)');
};

@Resolver()
export class PointsStreamResolver {
  @Subscription(() => PointsChange, {
    description:
      'The signed-in member\'s points, live (customer tokens): every ledger line as it is written (orders, check-ins, redemptions, expiry, adjustments). With afterSeq, the lines after it are replayed first, then live ones follow, without gap or duplicate.',
    subscribe: unwired,
  })
  pointsChanged(
    @Root() row: PointsChangeRow,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Replay the lines after this seq (0 or omitted: the whole ledger first).' }) _afterSeq?: number | null,
  ): PointsChange {
    return { seq: row.seq, entry: row.entry as unknown as PointsChange['entry'], balance: row.entry.balanceAfter };
  }
}
