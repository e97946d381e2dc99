import DataLoader from 'dataloader';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import type { CustomerValueRoot, ValueModelRecord } from './value.records';
import type { ValueService } from './value.service';

/**
 * Per-request loaders: the current model (one statement per request) and customers' value roots
 * (one statement per tick for all customers asked), so a page costs the same whatever its size.
 */
export function valueLoaders(value: ValueService) {
  const currentValueModel = new DataLoader<'current', ValueModelRecord | null>(async (keys) => {
    const model = await value.current();
    return keys.map(() => model);
  });
  const customerValueById = oneByKey<string, CustomerValueRoot>(async (ids) => {
    const model = await currentValueModel.load('current');
    const valid = ids.filter(isUuid);
    return model && valid.length ? value.valuesOf(model, valid) : [];
  }, (root) => root.customerId);
  return { currentValueModel, customerValueById };
}
