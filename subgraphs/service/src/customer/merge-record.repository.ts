import type { EntityManager } from 'typeorm';
import { queryRows } from '../deps';

/** The tables a merge moves to the survivor, by their row key; an unmerge moves those rows back. */
export const MOVED_TABLES = { tickets: 'id', ticket_messages: 'id', returns: 'id', surveys: 'id', order_facts: 'order_id', free_return_vouchers: 'exchange_id' } as const;
export type MovedTable = keyof typeof MOVED_TABLES;

/** What one merge moved here: row keys per table, and the counts the survivor took over. */
export interface MergeRecord {
  id: string;
  rows: Partial<Record<MovedTable, string[]>>;
  ordersCount: number;
  returnsCount: number;
}

/** Records, before a merge moves them, the merged customer's rows and counts (service.merge_records). */
export async function recordMerge(tx: EntityManager, survivorId: string, mergedId: string, counts: { ordersCount: number; returnsCount: number }): Promise<void> {
  const rows: Partial<Record<MovedTable, string[]>> = {};
  for (const [table, key] of Object.entries(MOVED_TABLES) as [MovedTable, string][]) {
    const found = await queryRows<{ k: string }>(tx, `select ${key}::text as k from service.${table} where customer_id = $1`, [mergedId]);
    rows[table] = found.map((r) => r.k);
  }
  await tx.query(
    `insert into service.merge_records (survivor_id, merged_id, rows, orders_count, returns_count) values ($1, $2, $3, $4, $5)`,
    [survivorId, mergedId, JSON.stringify(rows), counts.ordersCount, counts.returnsCount],
  );
}

/** The pair's latest merge not undone yet, locked, marked undone (null when none: a redelivered unmerge). */
export async function takeMergeRecord(tx: EntityManager, survivorId: string, restoredId: string): Promise<MergeRecord | null> {
  const [row] = await queryRows<MergeRecord>(
    tx,
    `update service.merge_records set undone_at = now()
      where id = (select id from service.merge_records where survivor_id = $1 and merged_id = $2 and undone_at is null order by id desc limit 1 for update)
      returning id::text, rows, orders_count as "ordersCount", returns_count as "returnsCount"`,
    [survivorId, restoredId],
  );
  return row ?? null;
}

/** Moves the recorded rows the survivor still holds back to the restored customer. */
export async function moveRecordedRowsBack(tx: EntityManager, record: MergeRecord, survivorId: string, restoredId: string): Promise<void> {
  for (const [table, key] of Object.entries(MOVED_TABLES) as [MovedTable, string][]) {
    const keys = record.rows[table] ?? [];
    if (keys.length === 0) continue;
    await tx.query(`update service.${table} set customer_id = $3 where customer_id = $2 and ${key}::text = any($1::text[])`, [keys, survivorId, restoredId]);
  }
}
