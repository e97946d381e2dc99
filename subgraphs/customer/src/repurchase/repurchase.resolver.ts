import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { Channel } from '../customer/customer.enums';
import type { RepurchaseService } from './repurchase.service';
import { Cohort, RepurchaseMonth } from './repurchase.type';

@Resolver()
export class RepurchaseResolver {
  constructor(private readonly repurchase: RepurchaseService) {}

  @Query(() => [RepurchaseMonth], {
    description: 'The repurchase rate per Asia/Shanghai month touched by from…to (at most 36), for all orders or those of one channel or with a line of one category (staff).',
  })
  repurchaseRate(
    @Arg('from', () => LocalDateResolver, { description: 'A day of the first month.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'A day of the last month (not before from).' }) to: string,
    @Arg('channel', () => Channel, { nullable: true, description: 'Only orders placed through this channel.' }) channel: Channel | null,
    @Arg('category', () => String, { nullable: true, description: 'Only orders with a line of this product category (1–64 characters).' }) category: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.repurchase.byMonth(ctx.actor, from, to, { channel, category });
  }

  @Query(() => [Cohort], {
    description: 'Cohort retention: customers by first-purchase month touched by from…to (at most 36) × months since, up to the current month; optional channel or category slice (staff).',
  })
  cohortRetention(
    @Arg('from', () => LocalDateResolver, { description: 'A day of the first cohort month.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'A day of the last cohort month (not before from).' }) to: string,
    @Arg('channel', () => Channel, { nullable: true, description: 'Only orders placed through this channel.' }) channel: Channel | null,
    @Arg('category', () => String, { nullable: true, description: 'Only orders with a line of this product category (1–64 characters).' }) category: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.repurchase.cohorts(ctx.actor, from, to, { channel, category });
  }
}
