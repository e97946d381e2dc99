import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDataSource } from '@member-graph/common/db';
import { Outbox } from '@member-graph/common/events';
import { systemClock, type Clock } from '@member-graph/common/time';
import { entities } from '../entities';
import { createServices } from '../services';
import { readCustomerSettings } from '../config';
import { parseCdnow } from './cdnow.parser';
import type { ParseResult } from './import.types';
import { parseNdjson } from './ndjson.parser';
import { runOrderImport, type OrderImportOptions, type OrderImportSummary } from './order-import.runner';

export type OrderFileFormat = 'cdnow' | 'ndjson';

/** NDJSON by extension (.ndjson, .jsonl, .json) or when the first data line starts with `{`; CDNOW otherwise. */
export function detectFormat(file: string, text: string): OrderFileFormat {
  if (/\.(ndjson|jsonl|json)$/i.test(file)) return 'ndjson';
  const first = text.split(/\r?\n/).find((l) => l.trim());
  return first?.trim().startsWith('{') ? 'ndjson' : 'cdnow';
}

/** Reads and parses an order file (throws only when the file cannot be read). */
export async function readOrderFile(file: string, format?: OrderFileFormat): Promise<ParseResult & { format: OrderFileFormat }> {
  const text = await readFile(path.resolve(file), 'utf8');
  const chosen = format ?? detectFormat(file, text);
  return { ...(chosen === 'ndjson' ? parseNdjson(text) : parseCdnow(text)), format: chosen };
}

/**
 * Imports parsed orders into the customer schema at `databaseUrl` (already migrated) through the
 * subgraph's own services, in this process, with its own small connection pool.
 */
export async function importOrders(
  databaseUrl: string,
  parsed: ParseResult,
  options: OrderImportOptions & { clock?: Clock } = {},
): Promise<OrderImportSummary> {
  const concurrency = options.concurrency ?? 2;
  const { dataSource } = createDataSource({
    url: databaseUrl,
    schema: 'customer',
    entities,
    poolSize: concurrency + 2,
    applicationName: 'member-graph-import',
  });
  // An import is thousands of small transactions and idempotent: not waiting for each commit's WAL
  // flush makes it several times faster, and a crash can only lose the last moments of commits
  // (never consistency), which a re-run restores.
  const extra = (dataSource.options as { extra?: { options?: string } }).extra ?? {};
  dataSource.setOptions({ extra: { ...extra, options: `${extra.options ?? ''} -c synchronous_commit=off`.trim() } });
  await dataSource.initialize();
  try {
    const services = createServices({ dataSource, outbox: new Outbox('customer'), clock: options.clock ?? systemClock, settings: readCustomerSettings() });
    return await runOrderImport(services.imports, parsed, { ...options, concurrency });
  } finally {
    await dataSource.destroy();
  }
}
