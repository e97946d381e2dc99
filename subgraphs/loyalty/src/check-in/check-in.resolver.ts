import { Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Loyalty } from '../member/loyalty.type';
import { CheckInResult, CheckInStatus } from './check-in.type';
import type { CheckInService } from './check-in.service';

@Resolver()
export class CheckInResolver {
  constructor(private readonly checkInService: CheckInService) {}

  @Mutation(() => CheckInResult, { description: 'Daily check-in of the signed-in customer (once per Asia/Shanghai day; streak bonuses at 7 and 30 days).' })
  checkIn(@Ctx() ctx: Context) {
    return this.checkInService.checkIn(ctx.actor);
  }
}

@Resolver(() => Loyalty)
export class CheckInStatusResolver {
  constructor(private readonly checkInService: CheckInService) {}

  @FieldResolver(() => CheckInStatus, { description: 'Whether the customer checked in today, and the current streak.' })
  checkIn(@Root() l: Loyalty, @Ctx() ctx: Context) {
    return this.checkInService.status(l.customerId, ctx.loaders.lastCheckInByCustomer);
  }
}
