import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';
import type { LastCheckIn } from './check-in.rules';

/** The last check-in of many customers in one query. */
export function lastCheckInByCustomer(dataSource: DataSource) {
  return new DataLoader<string, LastCheckIn | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: (LastCheckIn & { customerId: string })[] = valid.length
      ? await dataSource.query(
          `select distinct on (customer_id) customer_id as "customerId", day::text as day, streak
           from loyalty.check_ins where customer_id = any($1::uuid[]) order by customer_id, day desc`,
          [valid],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.customerId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
