import type { EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';

/** The customer-keyed tables whose rows a merge moves whole and an unmerge moves back by row id. */
export type MovedTable = 'identities' | 'orders' | 'behaviour_events';

/** The ids of a customer's rows in `table` (what a merge is about to move). */
export async function rowIdsOf(tx: EntityManager, table: MovedTable, customerId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(tx, `select id::text as id from customer.${table} where customer_id = $1 order by id`, [customerId]);
  return rows.map((r) => r.id);
}

/** Moves the rows `ids` of `table` that the survivor still holds back to the restored customer; returns how many. */
export async function moveRowsBack(tx: EntityManager, table: MovedTable, ids: unknown, survivorId: string, restoredId: string): Promise<number> {
  const list = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  if (list.length === 0) return 0;
  const [, moved]: [unknown, number] = await tx.query(
    `update customer.${table} set customer_id = $3 where customer_id = $2 and id::text = any($1::text[])`,
    [list, survivorId, restoredId],
  );
  return moved;
}
