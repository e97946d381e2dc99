import { SingleBar, Presets } from 'cli-progress';
import { type Actor } from '@member-graph/common/auth';
import { DomainError } from '@member-graph/common/errors';
import { Channel } from '../customer/customer.enums';
import type { IdentityService } from '../identity/identity.service';
import type { OrderEntity } from '../order/order.entity';
import type { OrderService } from '../order/order.service';
import type { ImportOrderRecord, LineError, ParseResult } from './import.types';

/** The actor every import write is attributed to. */
export const IMPORT_ACTOR: Actor = Object.freeze({ id: 'import', role: 'system', scopes: [] });

export interface OrderImportOptions {
  /** Orders in flight at once (default 8; keep it below the data source's pool size). */
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

/**
 * Imports parsed orders through the real services: each identity is resolved once per run (the
 * customer is created on first sight, channel IMPORT), then every order goes through
 * OrderService.record with the system actor, `concurrency` at a time. Idempotent: a re-run finds
 * the customers and the orders and records nothing. A failing order is reported against its first
 * line and skipped; the rest still imports.
 */
export async function runOrderImport(
  identityService: IdentityService,
  orderService: OrderService,
  parsed: ParseResult,
  options: OrderImportOptions = {},
): Promise<OrderImportSummary> {
  const summary = emptySummary(parsed);
  const customerOf = customerResolver(identityService, summary);
  const importOne = async (record: ImportOrderRecord) => {
    try {
      const { order, created } = await orderService.record(IMPORT_ACTOR, orderCommand(record, await customerOf(record)));
      countRecorded(summary, order, created);
    } catch (error) {
      countFailed(summary, record, error);
    }
  };
  await forEachConcurrently(parsed.records, Math.max(1, options.concurrency ?? 8), options.progress ?? !!process.stdout.isTTY, importOne);
  summary.errors.sort((a, b) => a.lineNo - b.lineNo);
  return summary;
}

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

/** The customer id of a record's identity, resolved (and created on first sight) once per run however many orders share it. */
function customerResolver(identityService: IdentityService, summary: OrderImportSummary) {
  const customers = new Map<string, Promise<string>>();
  return (record: ImportOrderRecord): Promise<string> => {
    const { type, appId, value } = record.identity;
    const key = JSON.stringify([type, appId ?? '', value]);
    let id = customers.get(key);
    if (!id) {
      id = identityService
        .resolve(IMPORT_ACTOR, { identity: record.identity, channel: Channel.IMPORT, profile: record.profile ?? null })
        .then(({ customer, created }) => {
          if (created) summary.customersCreated++;
          return customer.id;
        });
      customers.set(key, id);
    }
    return id;
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

function countRecorded(summary: OrderImportSummary, order: OrderEntity, created: boolean) {
  if (created) {
    summary.ordersRecorded++;
    summary.amountRecordedCents += order.amountCents;
  } else summary.ordersAlreadyPresent++;
  summary.amountTotalCents += order.amountCents;
}

function countFailed(summary: OrderImportSummary, record: ImportOrderRecord, error: unknown) {
  summary.ordersFailed++;
  summary.linesSkipped += record.lineNos.length;
  summary.errors.push({ lineNo: record.lineNos[0], reason: reasonOf(error, record) });
}

/** Runs `each` over the items, `concurrency` at a time, with an optional progress bar. */
async function forEachConcurrently<T>(items: readonly T[], concurrency: number, progress: boolean, each: (item: T) => Promise<void>) {
  const bar = progress
    ? new SingleBar({ format: 'orders |{bar}| {percentage}% | {value}/{total} | eta {eta_formatted}', hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(items.length, 0);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      await each(items[next++]);
      bar?.increment();
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
