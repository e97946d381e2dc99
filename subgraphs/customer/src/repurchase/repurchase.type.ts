import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType({ description: 'Repurchase in one calendar month (Asia/Shanghai): of the customers who bought, how many had bought before.' })
export class RepurchaseMonth {
  @Field(() => LocalDateResolver, { description: 'First day of the month.' })
  month: string;

  @Field(() => Int, { description: 'Customers with a purchase in the month (in the slice; fully refunded orders do not count).' })
  buyers: number;

  @Field(() => Int, { description: 'Of them, those with a purchase in the month on a later day than their first purchase ever (in the slice).' })
  repeatBuyers: number;

  @Field(() => Float, { nullable: true, description: 'repeatBuyers / buyers in percent (one decimal); null in a month without buyers.' })
  ratePercent: number | null;
}

@ObjectType({ description: 'A cohort: the customers whose first purchase (in the slice) fell in one month, and who of them bought in each month since.' })
export class Cohort {
  @Field(() => LocalDateResolver, { description: 'First day of the first-purchase month.' })
  month: string;

  @Field(() => Int, { description: 'Customers in the cohort.' })
  customers: number;

  @Field(() => [Int], { description: 'Buyers in month 0 (the whole cohort), 1, 2, … after the first purchase, up to the current month.' })
  active: number[];

  @Field(() => [Float], { description: 'active as a percent of customers (one decimal), column by column.' })
  retainedPercent: number[];
}
