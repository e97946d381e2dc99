import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { CustomerValue, ValueModel } from './value.type';
import type { ValueService } from './value.service';

@Resolver(() => Customer)
export class ValueResolver {
  constructor(private readonly valueService: ValueService) {}

  @Query(() => ValueModel, { nullable: true, description: 'The current customer-value model (staff); null before the first fit.' })
  valueModel(@Ctx() ctx: Context) {
    this.valueService.requireReader(ctx.actor);
    return ctx.loaders.currentValueModel.load('current');
  }

  @Mutation(() => ValueModel, {
    description: 'Refit the customer-value models on the order history up to calibrationEnd (an Asia/Shanghai day, default today, not later) and make them current (admins; it also runs daily).',
  })
  refitValueModel(@Arg('calibrationEnd', () => LocalDateResolver, { nullable: true }) calibrationEnd: string | null, @Ctx() ctx: Context) {
    return this.valueService.refitNow(ctx.actor, calibrationEnd);
  }

  @FieldResolver(() => CustomerValue, {
    nullable: true,
    description: 'Predicted value and churn (staff only): null before the first model fit and for customers without a purchase by the model\'s calibration end.',
  })
  value(@Root() c: CustomerEntity, @Ctx() ctx: Context) {
    this.valueService.requireReader(ctx.actor);
    return ctx.loaders.customerValueById.load(c.id);
  }
}
