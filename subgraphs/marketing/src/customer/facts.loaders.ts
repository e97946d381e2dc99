import type { DataSource } from 'typeorm';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { FACTS_COLUMNS, type CustomerFacts } from '../facts/facts.types';

/** The projected facts of many customers in one query (references of Customer). */
export function factsLoaders(ds: DataSource) {
  return {
    factsById: oneByKey<string, CustomerFacts>(async (ids) => {
      const valid = ids.filter(isUuid);
      return valid.length ? queryRows<CustomerFacts>(ds, `select ${FACTS_COLUMNS} from marketing.customer_facts f where f.customer_id = any($1::uuid[])`, [valid]) : [];
    }, (f) => f.customerId),
  };
}
