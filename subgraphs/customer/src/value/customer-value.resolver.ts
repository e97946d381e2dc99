import { Arg, Float, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { MoneyScalar } from '@member-graph/common/graphql';
import { CustomerValue, ValueModel } from './value.type';
import type { CustomerValueRoot } from './value.records';
import { clvCents, expectedOrderValueCents, expectedPurchases, pAlive, predictedNextPurchaseBy } from './value.rules';

/** The default annual discount rate of clv (10 % a year). */
export const DEFAULT_ANNUAL_DISCOUNT_RATE = 0.1;

@Resolver(() => CustomerValue)
export class CustomerValueResolver {
  @FieldResolver(() => Float)
  pAlive(@Root() v: CustomerValueRoot) {
    return pAlive(v);
  }

  @FieldResolver(() => Float)
  churnProbability(@Root() v: CustomerValueRoot) {
    return 1 - pAlive(v);
  }

  @FieldResolver(() => Float, { description: 'Expected purchase occasions (customer-days with orders) in the `days` after the calibration end (1 to 3650).' })
  expectedPurchases(@Root() v: CustomerValueRoot, @Arg('days', () => Int, { description: 'Horizon in days, 1 to 3650.' }) days: number) {
    return expectedPurchases(v, days);
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: 'Expected value of one purchase occasion (Gamma-Gamma: the customer\'s mean shrunk towards the population\'s); null when the model has no spend part.' })
  expectedOrderValue(@Root() v: CustomerValueRoot) {
    return expectedOrderValueCents(v);
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description: 'Customer lifetime value over the `days` after the calibration end: expected purchases × expected order value, discounted per 30-day step at annualDiscountRate; null when the model has no spend part.',
  })
  clv(
    @Root() v: CustomerValueRoot,
    @Arg('days', () => Int, { description: 'Horizon in days, 1 to 3650.' }) days: number,
    @Arg('annualDiscountRate', () => Float, { nullable: true, description: 'Annual discount rate from 0 to 1; default 0.1 (10 % a year).' }) rate: number | null,
  ) {
    return clvCents(v, days, rate ?? DEFAULT_ANNUAL_DISCOUNT_RATE);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'The day by which one more purchase is expected (expected purchases since the calibration end reach 1); null when not within ten years.' })
  predictedNextPurchaseBy(@Root() v: CustomerValueRoot) {
    return predictedNextPurchaseBy(v);
  }

  @FieldResolver(() => ValueModel)
  model(@Root() v: CustomerValueRoot) {
    return v.model;
  }
}
