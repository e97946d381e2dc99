import type { Channel } from '../customer/customer.enums';
import type { CustomerProfileInput } from '../customer/customer.inputs';
import type { IdentityType } from '../identity/identity.enums';

/** One order to import, as a parser produced it from one or more lines of a file. */
export interface ImportOrderRecord {
  /** The file lines (1-based) this order was read from; errors are reported against the first. */
  lineNos: number[];
  externalNo: string;
  /** Who paid: resolved to a customer (created when new) through the identity service. */
  identity: { type: IdentityType; value: string; appId?: string | null };
  /** Profile for a customer created by the import (ignored for existing customers). */
  profile?: CustomerProfileInput | null;
  channel: Channel;
  storeId?: string | null;
  paidAt: Date;
  /** `amount` in cents. */
  lines: { sku: string; category: string | null; quantity: number; amount: number }[];
}

/** A line that could not be imported, and why. */
export interface LineError {
  lineNo: number;
  reason: string;
}

/** What a parser read from a file: the orders, the bad lines, and how many lines held data. */
export interface ParseResult {
  records: ImportOrderRecord[];
  errors: LineError[];
  dataLines: number;
}

/** `line N: reason`, the way every bad line is reported. */
export const formatLineError = (e: LineError) => `line ${e.lineNo}: ${e.reason}`;
