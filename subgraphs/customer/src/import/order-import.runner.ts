import { SingleBar, Presets } from 'cli-progress';
import { type Actor } from '@member-graph/common/auth';
import { DomainError } from '@member-graph/common/errors';
import { normaliseIdentity } from '../identity/identity.rules';
import { keyOf, type BulkImportService } from './bulk-import.service';
import type { ImportOrderRecord, LineError, ParseResult } from './import.types';

/** The actor every import write is attributed to. */
export const IMPORT_ACTOR: Actor = Object.freeze({ id: 'import', role: 'system', scopes: [] });

export interface OrderImportOptions {
  /** Batches in flight at once (default 2; keep it below the data source's pool size). */
  concurrency?: number;
  /** Show a progress bar (default: only when stdout is a terminal). */
  progress?: boolean;
}

/** What an import did. Amounts in cents. */
export interface OrderImportSummary {
  customersCreated: number;
  ordersRecorded: number;
  /** Orders whose external number was already recorded with the same payload (a re-run). */
  ordersAlreadyPresent: number;
  ordersFailed: number;
  /** Data lines of the file that were not imported (bad lines and the lines of failed orders). */
  linesSkipped: number;
  amountRecordedCents: number;
  /** Amount of every order of the file that is now recorded (this run's and earlier runs'). */
  amountTotalCents: number;
  /** Every line that was skipped, by line number. */
  errors: LineError[];
}

/** Orders per batch: one transaction for the batch's new customers, one for its new orders. */
export const IMPORT_BATCH_SIZE = 500;

/**
 * Imports parsed orders in batches through BulkImportService (the same rules, rows and events as
 * resolveCustomer and recordOrder, set-based): per batch, the identities not seen yet are resolved
 * (customers created on first sight, channel IMPORT), then the batch's orders are recorded,
 * `concurrency` batches at a time. Idempotent: a re-run finds the customers and the orders and
 * records nothing. A failing order is reported against its first line and skipped; the rest still imports.
 */
export async function runOrderImport(bulk: BulkImportService, parsed: ParseResult, options: OrderImportOptions = {}): Promise<OrderImportSummary> {
  const summary = emptySummary(parsed);
  const customers = new Map<string, string>();
  const importBatch = async (records: ImportOrderRecord[]) => {
    const ready = await resolveBatch(bulk, records, customers, summary);
    const outcomes = await bulk.recordOrders(IMPORT_ACTOR, ready.map(({ record, customerId }) => orderCommand(record, customerId)));
    outcomes.forEach((outcome, i) => ('error' in outcome ? countFailed(summary, ready[i].record, outcome.error) : countRecorded(summary, outcome)));
  };
  const batches = chunks(parsed.records, IMPORT_BATCH_SIZE);
  await forEachConcurrently(batches, Math.max(1, options.concurrency ?? 2), options.progress ?? !!process.stdout.isTTY, parsed.records.length, importBatch);
  summary.errors.sort((a, b) => a.lineNo - b.lineNo);
  return summary;
}

/**
 * The batch's records with their customer id: identities not resolved by an earlier batch are
 * resolved together; a record whose identity is invalid is reported and left out.
 */
async function resolveBatch(bulk: BulkImportService, records: ImportOrderRecord[], customers: Map<string, string>, summary: OrderImportSummary) {
  const keyed: { record: ImportOrderRecord; key: string }[] = [];
  for (const record of records) {
    try {
      keyed.push({ record, key: keyOf(normaliseIdentity(record.identity)) });
    } catch (error) {
      countFailed(summary, record, error);
    }
  }
  const unseen = keyed.filter((k) => !customers.has(k.key));
  if (unseen.length > 0) {
    const resolved = await bulk.resolveCustomers(IMPORT_ACTOR, unseen.map(({ record }) => ({ identity: record.identity, profile: record.profile })));
    for (const [key, id] of resolved.customers) customers.set(key, id);
    summary.customersCreated += resolved.created;
  }
  return keyed.map(({ record, key }) => ({ record, customerId: customers.get(key)! }));
}

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The summary before any order: the parser's bad lines are already skipped. */
function emptySummary(parsed: ParseResult): OrderImportSummary {
  return {
    customersCreated: 0,
    ordersRecorded: 0,
    ordersAlreadyPresent: 0,
    ordersFailed: 0,
    linesSkipped: parsed.errors.length,
    amountRecordedCents: 0,
    amountTotalCents: 0,
    errors: [...parsed.errors],
  };
}

const orderCommand = (record: ImportOrderRecord, customerId: string) => ({
  externalNo: record.externalNo,
  customerId,
  channel: record.channel,
  storeId: record.storeId ?? null,
  paidAt: record.paidAt,
  lines: record.lines,
});

function countRecorded(summary: OrderImportSummary, { created, amountCents }: { created: boolean; amountCents: number }) {
  if (created) {
    summary.ordersRecorded++;
    summary.amountRecordedCents += amountCents;
  } else summary.ordersAlreadyPresent++;
  summary.amountTotalCents += amountCents;
}

function countFailed(summary: OrderImportSummary, record: ImportOrderRecord, error: unknown) {
  summary.ordersFailed++;
  summary.linesSkipped += record.lineNos.length;
  summary.errors.push({ lineNo: record.lineNos[0], reason: reasonOf(error, record) });
}

/** Runs `each` over the batches, `concurrency` at a time, with an optional progress bar counting orders. */
async function forEachConcurrently<T>(items: readonly T[][], concurrency: number, progress: boolean, total: number, each: (item: T[]) => Promise<void>) {
  const bar = progress
    ? new SingleBar({ format: 'orders |{bar}| {percentage}% | {value}/{total} | eta {eta_formatted}', hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(total, 0);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const batch = items[next++];
      await each(batch);
      bar?.increment(batch.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    bar?.stop();
  }
}

/** A domain error's message as it is; anything unexpected with its message (never a stack). */
function reasonOf(error: unknown, record: ImportOrderRecord): string {
  const message = error instanceof DomainError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
  const more = record.lineNos.length > 1 ? ` (order ${record.externalNo}, lines ${record.lineNos.join(', ')})` : '';
  return `${message}${more}`;
}
