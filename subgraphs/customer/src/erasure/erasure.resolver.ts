import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../context';
import type { ErasureService } from './erasure.service';

@ObjectType({ description: 'What an erasure did.' })
export class CustomerErasure {
  @Field(() => ID, { description: 'The erased customer (a merged id given as input answers its survivor).' })
  customerId: string;

  @Field(() => [ID], { description: 'Customers merged into this one earlier, blanked with it.' })
  formerIds: string[];

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  erasedAt: Date;
}

@Resolver()
export class ErasureResolver {
  constructor(private readonly erasureService: ErasureService) {}

  @Mutation(() => CustomerErasure, {
    description:
      "Admins: erase a customer's personal data on their request (PIPL Art. 47). Profile, identities, tags, behaviour and consent are removed here and every other domain redacts its part; orders stay, anonymous. The customer then answers NOT_FOUND.",
  })
  eraseCustomer(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('reason', { description: 'Why, for the record (e.g. the request ticket); 1–500 characters, no personal data.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return this.erasureService.erase(ctx.actor, customerId, reason);
  }
}
