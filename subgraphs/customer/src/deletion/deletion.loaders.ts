import type { DataSource } from 'typeorm';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { latestRequests, type DeletionRequestRow } from './deletion.repository';

/** Each customer's latest account deletion request, in one query per tick. */
export function deletionRequestByCustomer(dataSource: DataSource) {
  return oneByKey<string, DeletionRequestRow>((ids) => latestRequests(dataSource, ids.filter(isUuid)), (row) => row.customerId);
}
