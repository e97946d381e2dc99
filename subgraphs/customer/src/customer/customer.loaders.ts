import { In, type DataSource } from 'typeorm';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { CustomerEntity } from './customer.entity';

/**
 * Customers by id in one query per tick; a merged id answers its survivor (one more query only when
 * the batch holds merged ids, so the count never depends on the batch size).
 */
export function customerById(dataSource: DataSource) {
  const repo = dataSource.getRepository(CustomerEntity);
  return oneByKey<string, CustomerEntity & { requestedId: string }>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows = await repo.findBy({ id: In(valid) });
    const survivors = await followMerges(repo, rows);
    return rows.map((row) => ({ ...(survivors.get(row.id) ?? row), requestedId: row.id }));
  }, (row) => row.requestedId);
}

async function followMerges(repo: ReturnType<DataSource['getRepository']>, rows: CustomerEntity[]) {
  const result = new Map<string, CustomerEntity>();
  let pending = rows.filter((r) => r.mergedIntoId);
  for (let depth = 0; pending.length && depth < 5; depth++) {
    const parents = (await repo.findBy({ id: In(pending.map((r) => r.mergedIntoId)) })) as CustomerEntity[];
    const byId = new Map(parents.map((p) => [p.id, p]));
    const next: CustomerEntity[] = [];
    for (const row of pending) {
      const parent = byId.get(row.mergedIntoId!);
      if (!parent) continue;
      // every original id that points (directly or through a chain) at `row` now points at `parent`
      for (const [orig, current] of result) if (current.id === row.id) result.set(orig, parent);
      if (!result.has(row.id)) result.set(row.id, parent);
      if (parent.mergedIntoId) next.push(parent);
    }
    pending = next;
  }
  return result;
}
