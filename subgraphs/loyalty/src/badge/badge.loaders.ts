import { In, type DataSource } from 'typeorm';
import { isUuid, manyByKey } from '@member-graph/common/graphql';
import { CustomerBadgeEntity } from './badge.entity';

/** Badges of many customers in one query, oldest first. */
export function badgesByCustomer(dataSource: DataSource) {
  const repo = dataSource.getRepository(CustomerBadgeEntity);
  return manyByKey<string, CustomerBadgeEntity>((ids) => {
    const valid = ids.filter(isUuid);
    return valid.length ? repo.find({ where: { customerId: In(valid) }, order: { earnedAt: 'ASC', code: 'ASC' } }) : Promise.resolve([]);
  }, (r) => r.customerId);
}
