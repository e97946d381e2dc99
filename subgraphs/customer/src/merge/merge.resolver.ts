import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { MergeService } from './merge.service';

/** Which customer folds into which. */
@InputType({ description: 'Fold `mergedId` into `survivorId`.' })
export class MergeCustomersInput {
  @Field(() => ID, { description: 'The customer that remains.' })
  survivorId: string;

  @Field(() => ID, { description: 'The customer that is folded into the survivor.' })
  mergedId: string;

  @Field(() => String, { nullable: true, description: 'Why (kept in the audit record).' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@Resolver()
export class MergeResolver {
  constructor(private readonly mergeService: MergeService) {}

  @Mutation(() => Customer, { description: 'Merge two customers (admins and integrations): identities, tags, orders and behaviour move to the survivor; audited; emits customer.merged.' })
  mergeCustomers(@Arg('input') input: MergeCustomersInput, @Ctx() ctx: Context) {
    return this.mergeService.merge(ctx.actor, input.survivorId, input.mergedId, input.reason ?? null);
  }
}
