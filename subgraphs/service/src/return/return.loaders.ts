import { In, type DataSource } from 'typeorm';
import { isUuid, manyByKey, oneByKey, ownerCounts } from '@member-graph/common/graphql';
import { customerPages } from '../pages';
import { ReturnProgressEntity } from '../progress/progress.entity';
import { ReturnEntity, ReturnLineEntity } from './return.entity';

const uuids = (keys: readonly string[]) => keys.filter(isUuid);

/** The return loaders of one request: every reference and child list is one query per tick. */
export function returnLoaders(ds: DataSource) {
  return {
    returnById: oneByKey<string, ReturnEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(ReturnEntity).findBy({ id: In(uuids(ids)) }) : Promise.resolve([])),
      (r) => r.id,
    ),
    linesByReturn: manyByKey<string, ReturnLineEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(ReturnLineEntity).find({ where: { returnId: In(uuids(ids)) }, order: { sku: 'ASC' } }) : Promise.resolve([])),
      (l) => l.returnId,
    ),
    progressByReturn: manyByKey<string, ReturnProgressEntity>(
      (ids) => (uuids(ids).length ? ds.getRepository(ReturnProgressEntity).find({ where: { returnId: In(uuids(ids)) }, order: { seq: 'ASC' } }) : Promise.resolve([])),
      (p) => p.returnId,
    ),
    returnPage: customerPages<ReturnEntity>(ds, 'returns', ReturnEntity),
    returnCountByCustomer: ownerCounts(ds, { table: 'service.returns' }),
  };
}
