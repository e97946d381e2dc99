import type { DataSource } from 'typeorm';
import { manyByKey } from '@member-graph/common/graphql';
import type { Clock } from '@member-graph/common/time';
import { TagEntity } from './tag.entity';

/** Effective tags (not expired per the clock) of many customers in one query, by name. */
export function tagsByCustomer(dataSource: DataSource, clock: Clock) {
  return manyByKey<string, TagEntity>(
    (ids) =>
      dataSource
        .getRepository(TagEntity)
        .createQueryBuilder('t')
        .where('t.customer_id = any(:ids)', { ids: [...ids] })
        .andWhere('(t.expires_at is null or t.expires_at > :now)', { now: clock.now() })
        .orderBy('t.name', 'ASC')
        .getMany(),
    (row) => row.customerId,
  );
}
