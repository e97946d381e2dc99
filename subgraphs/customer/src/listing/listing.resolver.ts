import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { CustomerFilterInput } from './listing.inputs';
import { CustomerConnection } from './listing.type';
import type { ListingService } from './listing.service';

@Resolver(() => CustomerConnection)
export class ListingResolver {
  constructor(private readonly listingService: ListingService) {}

  @Query(() => CustomerConnection, {
    description: 'Customers matching a filter, newest registration first, as a Relay connection (agents, marketers, admins, integrations).',
  })
  customers(
    @Ctx() ctx: Context,
    @Arg('filter', () => CustomerFilterInput, { nullable: true, description: 'Which customers; all of them when omitted.' }) filter?: CustomerFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1–100, default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (an endCursor or edge cursor of the previous page).' }) after?: string | null,
  ) {
    return this.listingService.list(ctx.actor, filter, first, after);
  }

  @FieldResolver(() => Int, { description: 'How many customers match the filter in all (not only this page).' })
  totalCount(@Root() page: CustomerConnection) {
    return page.countTotal();
  }
}
