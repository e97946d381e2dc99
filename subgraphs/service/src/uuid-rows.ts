import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';

/**
 * A loader's batch function over UUID keys: the rows of `entity` whose `column` is one of the keys, in
 * `order`, in one query; a key that is not a UUID finds nothing (no query when none is).
 */
export function rowsByUuid<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, column: keyof T & string, order?: FindOptionsOrder<T>) {
  return (keys: readonly string[]): Promise<T[]> => {
    const ids = keys.filter(isUuid);
    return ids.length ? ds.getRepository(entity).find({ where: { [column]: In(ids) } as FindOptionsWhere<T>, order }) : Promise.resolve([]);
  };
}
