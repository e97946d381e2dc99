import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** One request for the latest `first` rows of one customer. */
export interface LatestKey {
  customerId: string;
  first: number;
}

/**
 * The latest `first` rows (newest first, ties by id) of many customers in one query, whatever
 * `first` each asks: `table` (schema-qualified) is ranked per customer by `timeColumn` desc, id desc.
 */
export function latestByCustomer<E extends ObjectLiteral & { customerId: string }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  table: string,
  timeColumn: string,
): DataLoader<LatestKey, E[], string> {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.customerId))];
      const limit = Math.max(...keys.map((k) => k.first));
      const rows = await dataSource
        .getRepository(entity)
        .createQueryBuilder('r')
        .where(
          `r.id in (select id from (select id, row_number() over (partition by customer_id order by ${timeColumn} desc, id desc) as n
                                      from ${table} where customer_id = any(:ids)) ranked where n <= :limit)`,
          { ids, limit },
        )
        .orderBy(`r.${timeColumn}`, 'DESC')
        .addOrderBy('r.id', 'DESC')
        .getMany();
      return keys.map((k) => rows.filter((r) => r.customerId === k.customerId).slice(0, k.first));
    },
    { cacheKeyFn: (k) => `${k.customerId}:${k.first}` },
  );
}
