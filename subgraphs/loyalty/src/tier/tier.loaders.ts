import { In, type DataSource } from 'typeorm';
import { isUuid, manyByKey } from '@member-graph/common/graphql';
import { TierChangeEntity } from './tier.entity';

/** Tier history of many customers in one query. */
export function tierHistoryByCustomer(dataSource: DataSource) {
  const repo = dataSource.getRepository(TierChangeEntity);
  return manyByKey<string, TierChangeEntity>((ids) => {
    const valid = ids.filter(isUuid);
    return valid.length ? repo.find({ where: { customerId: In(valid) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }, (r) => r.customerId);
}
