import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { PiiRevealConnection } from './pii.type';
import type { PiiRevealService } from './pii-reveal.service';

@Resolver()
export class PiiResolver {
  constructor(private readonly piiRevealService: PiiRevealService) {}

  @Query(() => PiiRevealConnection, { description: "Admins: who was shown this customer's phone or email unmasked, and when (newest first)." })
  piiReveals(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (an endCursor of a previous page).' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.piiRevealService.page(ctx.actor, customerId, first, after);
  }
}
