import { SingleBar, Presets } from 'cli-progress';
import { type Actor } from '@member-graph/common/auth';
import { DomainError } from '@member-graph/common/errors';
import { Channel } from '../customer/customer.enums';
import type { Services } from '../services';
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
  services: Pick<Services, 'identities' | 'orders'>,
  parsed: ParseResult,
  options: OrderImportOptions = {},
): Promise<OrderImportSummary> {
  const summary: OrderImportSummary = {
    customersCreated: 0,
    ordersRecorded: 0,
    ordersAlreadyPresent: 0,
    ordersFailed: 0,
    linesSkipped: parsed.errors.length,
    amountRecordedCents: 0,
    amountTotalCents: 0,
    errors: [...parsed.errors],
  };
  const customers = new Map<string, Promise<string>>();
  const customerOf = (record: ImportOrderRecord) => {
    const { type, appId, value } = record.identity;
    const key = JSON.stringify([type, appId ?? '', value]);
    let id = customers.get(key);
    if (!id) {
      id = services.identities
        .resolve(IMPORT_ACTOR, { identity: record.identity, channel: Channel.IMPORT, profile: record.profile ?? null })
        .then(({ customer, created }) => {
          if (created) summary.customersCreated++;
          return customer.id;
        });
      customers.set(key, id);
    }
    return id;
  };

  const importOne = async (record: ImportOrderRecord) => {
    try {
      const customerId = await customerOf(record);
      const { order, created } = await services.orders.record(IMPORT_ACTOR, {
        externalNo: record.externalNo,
        customerId,
        channel: record.channel,
        storeId: record.storeId ?? null,
        paidAt: record.paidAt,
        lines: record.lines,
      });
      if (created) {
        summary.ordersRecorded++;
        summary.amountRecordedCents += order.amountCents;
      } else summary.ordersAlreadyPresent++;
      summary.amountTotalCents += order.amountCents;
    } catch (error) {
      summary.ordersFailed++;
      summary.linesSkipped += record.lineNos.length;
      summary.errors.push({ lineNo: record.lineNos[0], reason: reasonOf(error, record) });
    }
  };

  const showBar = options.progress ?? !!process.stdout.isTTY;
  const bar = showBar
    ? new SingleBar({ format: 'orders |{bar}| {percentage}% | {value}/{total} | eta {eta_formatted}', hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(parsed.records.length, 0);
  let next = 0;
  const worker = async () => {
    while (next < parsed.records.length) {
      await importOne(parsed.records[next++]);
      bar?.increment();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
  } finally {
    bar?.stop();
  }
  summary.errors.sort((a, b) => a.lineNo - b.lineNo);
  return summary;
}

/** A domain error's message as it is; anything unexpected with its message (never a stack). */
function reasonOf(error: unknown, record: ImportOrderRecord): string {
  const message = error instanceof DomainError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
  const more = record.lineNos.length > 1 ? ` (order ${record.externalNo}, lines ${record.lineNos.join(', ')})` : '';
  return `${message}${more}`;
}
