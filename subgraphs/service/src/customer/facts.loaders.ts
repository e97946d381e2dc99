import type { DataSource } from 'typeorm';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { FACT_COLUMNS, type CustomerFacts } from './facts.service';

/** The facts loader of one request: facts of many customers in one query. */
export function factsLoaders(ds: DataSource) {
  return {
    factsByCustomer: oneByKey<string, CustomerFacts>(async (ids) => {
      const valid = ids.filter(isUuid);
      return valid.length ? queryRows<CustomerFacts>(ds, `select ${FACT_COLUMNS} from service.customer_facts where customer_id = any($1::uuid[])`, [valid]) : [];
    }, (f) => f.customerId),
  };
}
