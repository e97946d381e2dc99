import { badInput } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { Channel } from '../customer/customer.enums';
import { payloadHash } from './payload-hash';

/** The most lines one order may have. */
export const MAX_ORDER_LINES = 200;
/** How far in the future `paidAt` may lie (clock skew between the feed and us). */
export const MAX_PAID_AT_SKEW_MS = 5 * 60_000;

const CHANNELS = new Set<string>(Object.values(Channel));
const MAX_QUANTITY = 1_000_000;

/** One order line as callers give it; `amount` is in cents. */
export interface OrderLineCommand {
  sku: string;
  category?: string | null;
  quantity: number;
  amount: number;
}

/** An order as callers give it (the GraphQL input and the importer both fit this shape). */
export interface RecordOrderCommand {
  externalNo: string;
  customerId: string;
  channel: Channel | string;
  storeId?: string | null;
  paidAt: Date;
  lines: OrderLineCommand[];
}

/** A validated order, trimmed and normalised, with its total and payload hash. */
export interface NormalisedOrder {
  externalNo: string;
  customerId: string;
  channel: Channel;
  storeId: string | null;
  paidAt: Date;
  lines: { sku: string; category: string | null; quantity: number; amountCents: number }[];
  amountCents: number;
  payloadHash: string;
}


/**
 * Validates an order against the rules (pure: `now` comes from the caller's clock) and returns it
 * normalised. Throws BAD_USER_INPUT naming the first offending field.
 */
export function normaliseOrder(input: RecordOrderCommand, now: Date): NormalisedOrder {
  const externalNo = text(input.externalNo, 'externalNo', 128);
  if (!externalNo) throw badInput('externalNo must not be blank', { field: 'externalNo' });
  if (!isUuid(input.customerId)) throw badInput('customerId must be a customer id (UUID)', { field: 'customerId' });
  if (!CHANNELS.has(input.channel)) throw badInput(`channel must be one of ${[...CHANNELS].join(', ')}`, { field: 'channel' });
  const channel = input.channel as Channel;
  const storeId = text(input.storeId, 'storeId', 64);
  if (channel === Channel.STORE && !storeId) throw badInput('storeId is required for STORE orders', { field: 'storeId' });
  const paidAt = input.paidAt instanceof Date ? input.paidAt : new Date(Number.NaN);
  if (Number.isNaN(paidAt.getTime())) throw badInput('paidAt must be a date-time', { field: 'paidAt' });
  if (paidAt.getTime() > now.getTime() + MAX_PAID_AT_SKEW_MS) {
    throw badInput('paidAt must not be more than 5 minutes in the future', { field: 'paidAt' });
  }
  if (!Array.isArray(input.lines) || input.lines.length < 1 || input.lines.length > MAX_ORDER_LINES) {
    throw badInput(`an order has 1 to ${MAX_ORDER_LINES} lines`, { field: 'lines' });
  }
  const lines = input.lines.map((line, i) => normaliseLine(line, `lines[${i}]`));
  const amountCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  if (!Number.isSafeInteger(amountCents)) throw badInput('the order amount is too large', { field: 'lines' });
  const canonical = { externalNo, customerId: input.customerId.toLowerCase(), channel, storeId, paidAt: paidAt.toISOString(), lines };
  return { ...canonical, paidAt, amountCents, payloadHash: payloadHash(canonical) };
}

function normaliseLine(line: OrderLineCommand, at: string) {
  const sku = text(line?.sku, `${at}.sku`, 64);
  if (!sku) throw badInput(`${at}.sku must not be blank`, { field: `${at}.sku` });
  const category = text(line.category, `${at}.category`, 64);
  if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
    throw badInput(`${at}.quantity must be a whole number from 1 to ${MAX_QUANTITY}`, { field: `${at}.quantity` });
  }
  if (!Number.isSafeInteger(line.amount) || line.amount < 0) {
    throw badInput(`${at}.amount must not be negative`, { field: `${at}.amount` });
  }
  return { sku, category, quantity: line.quantity, amountCents: line.amount };
}

/** Trimmed text, null when empty or absent; longer than `max` is BAD_USER_INPUT. */
function text(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw badInput(`${field} must be text`, { field });
  const trimmed = value.trim();
  if (trimmed.length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return trimmed || null;
}
