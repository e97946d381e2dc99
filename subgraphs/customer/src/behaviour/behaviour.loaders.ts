import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { BehaviourEventEntity } from './behaviour.entity';

export type RecentBehaviourLoader = DataLoader<{ customerId: string; first: number }, BehaviourEventEntity[], string>;

/** The latest `first` events (newest first) of many customers in one query, whatever `first` each asks. */
export function recentBehaviourByCustomer(dataSource: DataSource): RecentBehaviourLoader {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.customerId))];
      const limit = Math.max(...keys.map((k) => k.first));
      const rows = await dataSource
        .getRepository(BehaviourEventEntity)
        .createQueryBuilder('b')
        .where(
          `b.id in (select id from (select id, row_number() over (partition by customer_id order by occurred_at desc, id desc) as n
                                      from customer.behaviour_events where customer_id = any(:ids)) ranked where n <= :limit)`,
          { ids, limit },
        )
        .orderBy('b.occurred_at', 'DESC')
        .addOrderBy('b.id', 'DESC')
        .getMany();
      return keys.map((k) => rows.filter((r) => r.customerId === k.customerId).slice(0, k.first));
    },
    { cacheKeyFn: (k) => `${k.customerId}:${k.first}` },
  );
}
