import type { EntityManager } from 'typeorm';

/**
 * The orders that count for RFM and lifecycle: not fully refunded, paid at or before now ($1).
 * Shared by both statements below so the whole-base refresh and the one-customer refresh agree.
 */
const COUNTED_ORDERS = `o.status <> 'REFUNDED' and o.paid_at <= $1::timestamptz`;

/** Asia/Shanghai calendar days between a time and now ($1). */
const SHANGHAI_DAYS_SINCE = (expr: string) => `(($1::timestamptz at time zone 'Asia/Shanghai')::date - (${expr} at time zone 'Asia/Shanghai')::date)`;

/**
 * Recomputes RFM scores and lifecycle stages of every active customer in one statement, writing
 * only rows whose values change, and returns the old and new values of those rows.
 *
 * Facts per customer with at least one counted order: recency = Shanghai days since the last paid
 * order, frequency = counted orders, monetary = sum(amount_cents - refunded_cents). Each is cut
 * into quintiles with ntile(5) (recency ordered from oldest to newest, so a recent order scores 5;
 * frequency and monetary ascending); customers tied on a value share the lowest score any of them
 * drew, so a score never depends on row order or ids. Customers without orders get null scores.
 *
 * Parameters: $1 now, $2 NEW_WITHIN_DAYS, $3 ACTIVE_WITHIN_DAYS, $4 CHURNED_AFTER_DAYS, $5 LOYAL_MIN_ORDERS.
 */
export const REFRESH_ALL_SQL = `
with facts as (
  select o.customer_id,
         count(*)::int as orders,
         sum(o.amount_cents - o.refunded_cents) as net_cents,
         ${SHANGHAI_DAYS_SINCE('max(o.paid_at)')} as days
    from customer.orders o
    join customer.customers c on c.id = o.customer_id and c.status = 'ACTIVE'
   where ${COUNTED_ORDERS}
   group by o.customer_id
),
tiles as (
  select f.*,
         ntile(5) over (order by f.days desc) as r_tile,
         ntile(5) over (order by f.orders) as f_tile,
         ntile(5) over (order by f.net_cents) as m_tile
    from facts f
),
scores as (
  select t.customer_id, t.orders, t.days,
         (min(t.r_tile) over (partition by t.days))::smallint as r,
         (min(t.f_tile) over (partition by t.orders))::smallint as f,
         (min(t.m_tile) over (partition by t.net_cents))::smallint as m
    from tiles t
),
target as (
  select c.id,
         c.recency_score as old_r, c.frequency_score as old_f, c.monetary_score as old_m, c.lifecycle_stage as old_stage,
         s.r, s.f, s.m,
         case when s.customer_id is null then 'POTENTIAL'
              when s.orders = 1 and s.days < $2 then 'NEW'
              when s.days < $3 and s.orders >= $5 then 'LOYAL'
              when s.days < $3 then 'ACTIVE'
              when s.days <= $4 then 'AT_RISK'
              else 'CHURNED' end as stage
    from customer.customers c
    left join scores s on s.customer_id = c.id
   where c.status = 'ACTIVE'
)
update customer.customers c
   set recency_score = t.r,
       frequency_score = t.f,
       monetary_score = t.m,
       rfm_computed_at = case when t.r is null then null
                              when (t.r, t.f, t.m) is distinct from (t.old_r, t.old_f, t.old_m) then $1::timestamptz
                              else c.rfm_computed_at end,
       lifecycle_stage = t.stage
  from target t
 where c.id = t.id
   and (t.r, t.f, t.m, t.stage) is distinct from (t.old_r, t.old_f, t.old_m, t.old_stage)
returning c.id, t.old_r, t.old_f, t.old_m, t.old_stage, t.r, t.f, t.m, t.stage`;

/** The purchase facts of one customer ($2) at now ($1): counted orders and the last paid time. */
export const PURCHASE_FACTS_SQL = `
select count(*)::int as orders, max(o.paid_at) as last_paid_at
  from customer.orders o
 where o.customer_id = $2 and ${COUNTED_ORDERS}`;

/** Active customers that hold RFM scores. */
export const SCORED_COUNT_SQL = `select count(*)::int as n from customer.customers where status = 'ACTIVE' and recency_score is not null`;

/** Appends lifecycle moves (one statement however many), all with one cause and time. */
export async function recordTransitions(tx: EntityManager, moves: { customerId: string; from: string; to: string }[], cause: string, at: Date): Promise<void> {
  if (moves.length === 0) return;
  await tx.query(
    `insert into customer.lifecycle_transitions (customer_id, from_stage, to_stage, cause, at)
     select m.customer_id, m.from_stage, m.to_stage, $4, $5 from unnest($1::uuid[], $2::text[], $3::text[]) as m(customer_id, from_stage, to_stage)`,
    [moves.map((m) => m.customerId), moves.map((m) => m.from), moves.map((m) => m.to), cause, at],
  );
}
