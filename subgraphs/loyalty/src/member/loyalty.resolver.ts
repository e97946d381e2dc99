import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from './customer.type';
import { Loyalty } from './loyalty.type';
import type { MemberService } from './member.service';

@Resolver(() => Customer)
export class CustomerLoyaltyResolver {
  constructor(private readonly memberService: MemberService) {}

  @FieldResolver(() => Loyalty, {
    nullable: true,
    description: 'Loyalty: tier, points, growth value, badges, referral code and check-in (null only when the loyalty service cannot answer, with an error).',
  })
  async loyalty(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Loyalty> {
    return { customerId: await this.memberService.accountOf(customer.id, ctx.loaders.memberById) };
  }
}

@Resolver(() => Loyalty)
export class LoyaltyResolver {
  constructor(private readonly memberService: MemberService) {}

  @FieldResolver(() => String, { description: 'The code a new customer enters at registration to be referred by this customer.' })
  referralCode(@Root() l: Loyalty, @Ctx() ctx: Context) {
    return this.memberService.referralCode(l.customerId, ctx.loaders.memberById);
  }

  @FieldResolver(() => Int, { description: 'Growth value earned in the rolling window (the tier thresholds apply to it).' })
  growth(@Root() l: Loyalty, @Ctx() ctx: Context) {
    return ctx.loaders.growthByCustomer.load(l.customerId);
  }
}
