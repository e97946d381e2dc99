import type { DataSource } from 'typeorm';
import { queryRows } from '@member-graph/common/db';

/** Which orders a series counts: all, or those of one channel, or those with a line of one category. */
export interface OrderSlice {
  channel: string | null;
  category: string | null;
}

/**
 * Purchase occasions of the slice up to the end of the Asia/Shanghai day $2: one per customer per day,
 * fully refunded orders left out; $3 channel and $4 category (an order line of it) narrow the orders
 * when given. Each occasion carries the customer's first occasion day in the slice.
 */
const OCCASIONS = `
  occasions as (
    select o.customer_id, (o.paid_at at time zone 'Asia/Shanghai')::date as day
      from customer.orders o
     where o.status <> 'REFUNDED'
       and o.paid_at < (($2::date + 1)::timestamp at time zone 'Asia/Shanghai')
       and ($3::text is null or o.channel = $3::text)
       and ($4::text is null or exists (select 1 from customer.order_lines l where l.order_id = o.id and l.category = $4::text))
     group by 1, 2
  ),
  firsts as (select customer_id, min(day) as first_day from occasions group by 1)`;

/** Buyers of one month and those of them who had bought before (an occasion after their first). */
export interface RepurchaseRow {
  month: string;
  buyers: number;
  repeat_buyers: number;
}

/** Buyers and repeat buyers per month from the month of $1 to the month of $2 (one statement; empty months left out). */
export function repurchaseByMonth(dataSource: DataSource, fromMonth: string, toDay: string, slice: OrderSlice): Promise<RepurchaseRow[]> {
  return queryRows<RepurchaseRow>(
    dataSource,
    `with ${OCCASIONS}
     select to_char(date_trunc('month', o.day), 'YYYY-MM-DD') as month,
            count(distinct o.customer_id)::int as buyers,
            count(distinct o.customer_id) filter (where o.day > f.first_day)::int as repeat_buyers
       from occasions o join firsts f using (customer_id)
      where o.day >= $1::date
      group by 1 order by 1`,
    [fromMonth, toDay, slice.channel, slice.category],
  );
}

/** Customers of one first-purchase month who bought again `offset` months later (0: the first month itself). */
export interface CohortRow {
  cohort: string;
  offset: number;
  customers: number;
}

/**
 * Cohorts by first-purchase month (in the slice) from the month of $1 to that of $2, and how many of each
 * bought in each later month up to the end of the day `asOfDay` (one statement).
 */
export function cohortActivity(dataSource: DataSource, fromMonth: string, toDay: string, slice: OrderSlice, asOfDay: string): Promise<CohortRow[]> {
  return queryRows<CohortRow>(
    dataSource,
    `with ${OCCASIONS}
     select to_char(date_trunc('month', f.first_day), 'YYYY-MM-DD') as cohort,
            ((extract(year from o.day)::int - extract(year from f.first_day)::int) * 12
              + extract(month from o.day)::int - extract(month from f.first_day)::int) as offset,
            count(distinct o.customer_id)::int as customers
       from occasions o join firsts f using (customer_id)
      where f.first_day >= $1::date and f.first_day < (date_trunc('month', $5::date) + interval '1 month')::date
      group by 1, 2 order by 1, 2`,
    [fromMonth, asOfDay, slice.channel, slice.category, toDay],
  );
}
