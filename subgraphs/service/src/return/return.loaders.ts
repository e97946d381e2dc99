import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey, ownerCounts } from '@member-graph/common/graphql';
import { customerPages } from '../pages';
import { rowsByUuid } from '../uuid-rows';
import { ReturnProgressEntity } from '../progress/progress.entity';
import { ReturnEntity, ReturnLineEntity } from './return.entity';

/** The return loaders of one request: every reference and child list is one query per tick. */
export function returnLoaders(ds: DataSource) {
  return {
    returnById: oneByKey<string, ReturnEntity>(rowsByUuid(ds, ReturnEntity, 'id'), (r) => r.id),
    linesByReturn: manyByKey<string, ReturnLineEntity>(rowsByUuid(ds, ReturnLineEntity, 'returnId', { sku: 'ASC' }), (l) => l.returnId),
    progressByReturn: manyByKey<string, ReturnProgressEntity>(rowsByUuid(ds, ReturnProgressEntity, 'returnId', { seq: 'ASC' }), (p) => p.returnId),
    returnPage: customerPages<ReturnEntity>(ds, 'returns', ReturnEntity),
    returnCountByCustomer: ownerCounts(ds, { table: 'service.returns' }),
  };
}
