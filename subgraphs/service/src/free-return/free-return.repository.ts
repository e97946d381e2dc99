import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import type { TierBenefitFact } from './free-return.rules';

type Q = DataSource | EntityManager;

/** Each tier's benefits as service holds them (the newest `loyalty.programme_changed`). */
export const tierBenefits = (q: Q) =>
  queryRows<TierBenefitFact>(q, `select tier, position, free_return_shipping as "freeReturnShipping" from service.tier_benefits`);

/**
 * For each customer: the tier service knows (null: the base tier) and the free returns used in [from, to)
 * (not rejected or cancelled), in one statement for many customers.
 */
export const freeReturnUsage = (q: Q, customerIds: readonly string[], from: Date, to: Date) =>
  queryRows<{ customerId: string; tier: string | null; used: number }>(
    q,
    `select c.id as "customerId", f.tier,
       (select count(*)::int from service.returns r
        where r.customer_id = c.id and r.free_return and r.created_at >= $2 and r.created_at < $3 and r.stage not in ('REJECTED', 'CANCELLED')) as used
     from unnest($1::uuid[]) as c(id) left join service.customer_facts f on f.customer_id = c.id`,
    [customerIds, from, to],
  );
