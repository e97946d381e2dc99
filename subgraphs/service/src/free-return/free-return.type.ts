import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A customer's free returns in the current calendar year (Asia/Shanghai): the loyalty tier's allowance, used and remaining." })
export class FreeReturnAllowance {
  @Field(() => Int, { description: 'The calendar year (Asia/Shanghai).' })
  year: number;

  @Field(() => Int, { description: "Free return shipments a year at the customer's tier (loyalty's freeReturnShipping benefit)." })
  allowance: number;

  @Field(() => Int, { description: 'Free returns used this year (rejected or cancelled returns give theirs back).' })
  used: number;

  @Field(() => Int, { description: 'Free returns left this year; at 0 returns are still accepted, with paid shipping.' })
  remaining: number;
}
