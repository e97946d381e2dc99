import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '@member-graph/common/graphql';
import { ConsentChangeEntity, ConsentEntity } from './consent.entity';
import { completeConsents, type ConsentView } from './consent.rules';

/** The 8 channel × purpose states of many customers in one query. */
export function consentsByCustomer(dataSource: DataSource): DataLoader<string, ConsentView[]> {
  const states = manyByKey<string, ConsentEntity>(
    (ids) => dataSource.getRepository(ConsentEntity).createQueryBuilder('c').where('c.customer_id = any(:ids)', { ids: [...ids] }).getMany(),
    (row) => row.customerId,
  );
  return new DataLoader(async (ids) => (await states.loadMany(ids)).map((rows) => (rows instanceof Error ? rows : completeConsents(rows))));
}

export type ConsentHistoryLoader = DataLoader<{ customerId: string; first: number }, ConsentChangeEntity[], string>;

/** The latest `first` decisions (newest first) of many customers in one query, whatever `first` each asks. */
export function consentHistoryByCustomer(dataSource: DataSource): ConsentHistoryLoader {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.customerId))];
      const limit = Math.max(...keys.map((k) => k.first));
      const rows: ConsentChangeEntity[] = await dataSource
        .getRepository(ConsentChangeEntity)
        .createQueryBuilder('h')
        .where(
          `h.id in (select id from (select id, row_number() over (partition by customer_id order by at desc, id desc) as n
                                      from customer.consent_history where customer_id = any(:ids)) ranked where n <= :limit)`,
          { ids, limit },
        )
        .orderBy('h.at', 'DESC')
        .addOrderBy('h.id', 'DESC')
        .getMany();
      return keys.map((k) => rows.filter((r) => r.customerId === k.customerId).slice(0, k.first));
    },
    { cacheKeyFn: (k) => `${k.customerId}:${k.first}` },
  );
}
