import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { FreeReturnService } from './free-return.service';
import { FreeReturnAllowance } from './free-return.type';

@Resolver(() => Customer)
export class FreeReturnResolver {
  constructor(private readonly freeReturnService: FreeReturnService) {}

  @FieldResolver(() => FreeReturnAllowance, {
    nullable: true,
    description: "The customer's free returns this year by loyalty tier (customer: own; agents, admins). Null only when the service subgraph cannot answer, with an error.",
  })
  freeReturns(@Root() customer: Customer, @Ctx() ctx: Context) {
    return this.freeReturnService.forCustomer(ctx.actor, customer.id, ctx.loaders);
  }
}
