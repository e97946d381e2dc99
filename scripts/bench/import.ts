import { performance } from 'node:perf_hooks';
import { importOrders, readOrderFile } from '@member-graph/customer/src/import/order-import';
import { withClient } from '@member-graph/common/db';

/** The import of one file into the running stack's database: orders/s, and how long until the consumers caught up. */
export interface ImportFigures {
  file: string;
  orders: number;
  customers: number;
  seconds: number;
  ordersPerSec: number;
  catchUpSeconds: number | null;
}

/** The subgraphs whose consumers the import feeds (points; the marketing projection). */
const CONSUMING = ['loyalty', 'marketing'];

/** Imports `file` with the same code as `npm run import`, then waits (≤ `maxWaitS`) until every outbox is relayed and the consumers reached the bus's end. */
export async function benchImport(databaseUrl: string, file: string, maxWaitS = 120): Promise<ImportFigures> {
  const parsed = await readOrderFile(file);
  const started = performance.now();
  const summary = await importOrders(databaseUrl, parsed, { progress: false });
  const seconds = (performance.now() - started) / 1000;
  const catchUpSeconds = await waitForConsumers(databaseUrl, maxWaitS);
  return {
    file,
    orders: summary.ordersRecorded,
    customers: summary.customersCreated,
    seconds,
    ordersPerSec: summary.ordersRecorded / seconds,
    catchUpSeconds,
  };
}

/** How often the consumers' state is read, and for how long it must not move to count as caught up. */
const POLL_MS = 250;
const STILL_MS = 1500;

/**
 * Seconds until every outbox is relayed and the loyalty and marketing consumers stopped moving (their
 * offsets unchanged for STILL_MS, which is not counted); null when that did not happen within `maxWaitS`.
 * A consumer's offset is the last event of its types, so "at the bus's end" cannot be read directly.
 */
async function waitForConsumers(databaseUrl: string, maxWaitS: number): Promise<number | null> {
  const started = performance.now();
  let last = '';
  let stillSince = performance.now();
  while (performance.now() - started < maxWaitS * 1000) {
    const state = await consumerState(databaseUrl);
    if (state !== last || state.startsWith('pending')) [last, stillSince] = [state, performance.now()];
    else if (performance.now() - stillSince >= STILL_MS) return (stillSince - started) / 1000;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return null;
}

/** "pending" while any outbox has unrelayed events, else the loyalty and marketing consumers' offsets. */
async function consumerState(databaseUrl: string): Promise<string> {
  return withClient(databaseUrl, async (c) => {
    for (const schema of ['customer', ...CONSUMING]) {
      const pending = await c.query(`select 1 from ${schema}.outbox where published_at is null limit 1`);
      if (pending.rowCount) return 'pending';
    }
    const offsets = await c.query<{ consumer: string; position: string }>(
      CONSUMING.map((s) => `select '${s}.' || consumer as consumer, position from ${s}.consumer_offsets`).join(' union all ') + ' order by 1',
    );
    return offsets.rows.map((r) => `${r.consumer}=${r.position}`).join(',');
  });
}
