import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import type { TierBenefitFact } from './free-return.rules';

type Q = DataSource | EntityManager;

/** Each tier's benefits as service holds them (the newest `loyalty.programme_changed`). */
export const tierBenefits = (q: Q) =>
  queryRows<TierBenefitFact>(q, `select tier, position, free_return_shipping as "freeReturnShipping" from service.tier_benefits`);

/**
 * For each customer: the tier service knows (null: the base tier), the free returns used in [from, to)
 * (not rejected or cancelled) and the free-return vouchers exchanged in it, in one statement for many customers.
 */
export const freeReturnUsage = (q: Q, customerIds: readonly string[], from: Date, to: Date) =>
  queryRows<{ customerId: string; tier: string | null; used: number; vouchers: number }>(
    q,
    `select c.id as "customerId", f.tier,
       (select count(*)::int from service.returns r
        where r.customer_id = c.id and r.free_return and r.created_at >= $2 and r.created_at < $3 and r.stage not in ('REJECTED', 'CANCELLED')) as used,
       (select count(*)::int from service.free_return_vouchers v
        where v.customer_id = c.id and v.granted_at >= $2 and v.granted_at < $3) as vouchers
     from unnest($1::uuid[]) as c(id) left join service.customer_facts f on f.customer_id = c.id`,
    [customerIds, from, to],
  );

/** Grants the free-return voucher of one reward exchange (once: a redelivery finds it granted). */
export const grantFreeReturnVoucher = (q: Q, v: { exchangeId: string; customerId: string; grantedAt: string }) =>
  q.query(`insert into service.free_return_vouchers (exchange_id, customer_id, granted_at) values ($1, $2, $3) on conflict do nothing`, [
    v.exchangeId,
    v.customerId,
    v.grantedAt,
  ]);
