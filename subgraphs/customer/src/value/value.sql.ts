/**
 * Purchase occasions: one per customer per Asia/Shanghai day, worth the day's paid orders net of
 * refunds (fully refunded orders do not count), for active customers, up to and including the
 * calibration end ($1, a date). `extra` narrows the orders (e.g. to a batch of customers).
 */
const occasions = (extra = '') => `
  select o.customer_id, (o.paid_at at time zone 'Asia/Shanghai')::date as day, sum(o.amount_cents - o.refunded_cents) as cents
    from customer.orders o
    join customer.customers c on c.id = o.customer_id and c.status = 'ACTIVE'
   where o.status <> 'REFUNDED'
     and o.paid_at < (($1::date + 1)::timestamp at time zone 'Asia/Shanghai')
     ${extra}
   group by o.customer_id, day`;

/**
 * The BG/NBD summary per customer as of the calibration end $1: x repeat occasions, span_days from
 * the first occasion to the last, age_days from the first to the calibration end, and repeat_cents,
 * the value of the repeat occasions (all but the first).
 */
const summaries = (extra = '') => `
with occasions as (${occasions(extra)})
select customer_id,
       count(*)::int - 1 as x,
       (max(day) - min(day))::int as span_days,
       ($1::date - min(day))::int as age_days,
       (sum(cents) - (array_agg(cents order by day))[1])::float8 as repeat_cents
  from occasions
 group by customer_id`;

/** Every customer's summary as of $1. */
export const ALL_SUMMARIES_SQL = summaries();

/** The summaries of the customers $2 (uuid[]) as of $1. */
export const SUMMARIES_OF_SQL = summaries('and o.customer_id = any($2::uuid[])');

/** One summary row as returned by the statements above. */
export interface SummaryRow {
  customer_id: string;
  x: number;
  span_days: number;
  age_days: number;
  repeat_cents: number;
}
