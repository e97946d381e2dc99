import type { DataSource } from 'typeorm';
import type { Clock } from '@member-graph/common/time';
import { numberByCustomer } from '../number-by-customer.loaders';
import { growthWindowStart } from './growth.rules';

/** Growth earned in the rolling window that ends now, of many customers in one query. */
export function growthByCustomer(dataSource: DataSource, clock: Clock, windowDays: number) {
  return numberByCustomer(
    dataSource,
    `select customer_id as "customerId", coalesce(sum(amount), 0)::int as value from loyalty.growth_entries
     where customer_id = any($1::uuid[]) and effective_at > $2 and effective_at <= $3 group by customer_id`,
    () => {
      const now = clock.now();
      return [growthWindowStart(now, windowDays), now];
    },
  );
}
