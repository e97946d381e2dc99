import { In, type DataSource } from 'typeorm';
import { manyByKey } from '@member-graph/common/graphql';
import { IdentityEntity } from './identity.entity';

/** Identities of many customers in one query. */
export function identitiesByCustomer(dataSource: DataSource) {
  const repo = dataSource.getRepository(IdentityEntity);
  return manyByKey<string, IdentityEntity>(
    (ids) => repo.find({ where: { customerId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    (row) => row.customerId,
  );
}
