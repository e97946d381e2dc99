import { toCents } from '@member-graph/common/graphql';
import { Channel } from '../customer/customer.enums';
import { IdentityType } from '../identity/identity.enums';
import type { ImportOrderRecord, LineError, ParseResult } from './import.types';

/** The source name of CDNOW identities (the identity's appId). */
export const CDNOW_SOURCE = 'cdnow';
export const CDNOW_SKU = 'CDNOW-CD';
export const CDNOW_CATEGORY = 'music';

/** One purchase line of the CDNOW file. */
export interface CdnowLine {
  customerId: string;
  /** YYYYMMDD */
  date: string;
  cds: number;
  /** Dollar value in cents. */
  amountCents: number;
}

/**
 * Parses one line of a CDNOW file, in either published layout: the sample's five fields (original
 * customer id, sample customer id, date YYYYMMDD, number of CDs, dollar value) or the master file's
 * four (customer id, date, CDs, dollars), separated by whitespace or commas. Throws an Error whose
 * message is the reason.
 *
 * A line with 0 CDs is refused: an order line needs a positive quantity, and a purchase of nothing
 * carrying a dollar value is an inconsistent record we should not guess about. (CDNOW_sample.txt
 * has no such line; 8 of its lines are 1 CD for 0.00, which are valid free lines.)
 */
export function parseCdnowLine(line: string): CdnowLine {
  const fields = line.trim().split(/[\s,]+/);
  if (fields.length !== 4 && fields.length !== 5) {
    throw new Error(`expected 4 fields (customer id, date, CDs, dollars) or 5 (with the sample id after the customer id), found ${fields.length}`);
  }
  const [customerId, date, cds, dollars] = fields.length === 5 ? [fields[0], ...fields.slice(2)] : fields;
  if (!/^\d{1,12}$/.test(customerId)) throw new Error(`customer id "${customerId}" is not a number`);
  if (fields.length === 5 && !/^\d{1,12}$/.test(fields[1])) throw new Error(`sample customer id "${fields[1]}" is not a number`);
  if (!isCalendarDate(date)) throw new Error(`date "${date}" is not a YYYYMMDD date`);
  if (!/^\d{1,6}$/.test(cds)) throw new Error(`number of CDs "${cds}" is not a whole number`);
  if (Number(cds) === 0) throw new Error('number of CDs is 0; an order line needs at least one item');
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(dollars)) throw new Error(`dollar value "${dollars}" is not an amount like 12.34`);
  return { customerId, date, cds: Number(cds), amountCents: toCents(dollars) };
}

/** A header line names its columns: letters where a data line has only digits. */
const isHeader = (line: string) => /[a-z]/i.test(line);

/**
 * Parses the whole CDNOW file (either layout; a header line first is skipped, not counted): one order per customer per day (the lines of that day are its lines),
 * keyed `cdnow-<customer id>-<yyyymmdd>`, paid at noon Asia/Shanghai (04:00Z) of that day, by the
 * customer with identity IMPORT_ID/cdnow/<original customer id>. Bad lines are reported and skipped.
 */
export function parseCdnow(text: string): ParseResult {
  const orders = new Map<string, ImportOrderRecord>();
  const errors: LineError[] = [];
  let dataLines = 0;
  let seenFirst = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    if (!seenFirst && (seenFirst = true) && isHeader(raw)) return;
    dataLines++;
    const lineNo = index + 1;
    let line: CdnowLine;
    try {
      line = parseCdnowLine(raw);
    } catch (error) {
      errors.push({ lineNo, reason: (error as Error).message });
      return;
    }
    const externalNo = `cdnow-${line.customerId}-${line.date}`;
    let order = orders.get(externalNo);
    if (!order) {
      order = {
        lineNos: [],
        externalNo,
        identity: { type: IdentityType.IMPORT_ID, appId: CDNOW_SOURCE, value: line.customerId },
        channel: Channel.IMPORT,
        paidAt: new Date(`${line.date.slice(0, 4)}-${line.date.slice(4, 6)}-${line.date.slice(6, 8)}T04:00:00.000Z`),
        lines: [],
      };
      orders.set(externalNo, order);
    }
    order.lineNos.push(lineNo);
    order.lines.push({ sku: CDNOW_SKU, category: CDNOW_CATEGORY, quantity: line.cds, amount: line.amountCents });
  });
  return { records: [...orders.values()], errors, dataLines };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
