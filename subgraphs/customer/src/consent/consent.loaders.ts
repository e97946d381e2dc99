import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '@member-graph/common/graphql';
import { latestByCustomer, type LatestKey } from '../latest-by-customer.loaders';
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

export type ConsentHistoryLoader = DataLoader<LatestKey, ConsentChangeEntity[], string>;

/** The latest `first` decisions (newest first) of many customers in one query, whatever `first` each asks. */
export const consentHistoryByCustomer = (dataSource: DataSource): ConsentHistoryLoader =>
  latestByCustomer(dataSource, ConsentChangeEntity, 'customer.consent_history', 'at');
