import { toCents } from '@member-graph/common/graphql';
import { Channel, Gender } from '../customer/customer.enums';
import type { CustomerProfileInput } from '../customer/customer.inputs';
import { IdentityType } from '../identity/identity.enums';
import type { ImportOrderRecord, LineError, ParseResult } from './import.types';

const IDENTITY_TYPES = new Set<string>(Object.values(IdentityType));
const CHANNELS = new Set<string>(Object.values(Channel));
const GENDERS = new Set<string>(Object.values(Gender));
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const PROFILE_TEXT = ['name', 'birthday', 'region', 'phone', 'email'] as const;

type Json = Record<string, unknown>;

/**
 * Parses one NDJSON order:
 * `{externalNo, identity:{type,value,appId?}, profile?, channel, storeId?, paidAt, lines:[{sku,category,quantity,amount}]}`
 * where `amount` is a decimal ("12.30" or 12.3) like the Money scalar. Checks shapes and types only;
 * the business rules (positive quantities, future dates, …) are the services', so both paths agree.
 * Throws an Error whose message is the reason.
 */
export function parseNdjsonOrder(line: string, lineNo: number): ImportOrderRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  const o = object(value, 'the line');
  const identity = object(o.identity, 'identity');
  const type = text(identity.type, 'identity.type');
  if (!IDENTITY_TYPES.has(type)) throw new Error(`identity.type must be one of ${[...IDENTITY_TYPES].join(', ')}`);
  const channel = text(o.channel, 'channel');
  if (!CHANNELS.has(channel)) throw new Error(`channel must be one of ${[...CHANNELS].join(', ')}`);
  const paidAt = text(o.paidAt, 'paidAt');
  if (!DATE_TIME.test(paidAt) || Number.isNaN(Date.parse(paidAt))) throw new Error('paidAt must be an ISO date-time with a time zone, e.g. 2026-01-15T10:00:00Z');
  if (!Array.isArray(o.lines)) throw new Error('lines must be an array');
  return {
    lineNos: [lineNo],
    externalNo: text(o.externalNo, 'externalNo'),
    identity: { type: type as IdentityType, value: text(identity.value, 'identity.value'), appId: optionalText(identity.appId, 'identity.appId') },
    profile: o.profile === undefined || o.profile === null ? null : profile(object(o.profile, 'profile')),
    channel: channel as Channel,
    storeId: optionalText(o.storeId, 'storeId'),
    paidAt: new Date(paidAt),
    lines: o.lines.map((raw, i) => {
      const l = object(raw, `lines[${i}]`);
      if (typeof l.quantity !== 'number') throw new Error(`lines[${i}].quantity must be a number`);
      return {
        sku: text(l.sku, `lines[${i}].sku`),
        category: optionalText(l.category, `lines[${i}].category`),
        quantity: l.quantity,
        amount: money(l.amount, `lines[${i}].amount`),
      };
    }),
  };
}

/** Parses a whole NDJSON file; blank lines are ignored, bad lines reported and skipped. */
export function parseNdjson(text: string): ParseResult {
  const records: ImportOrderRecord[] = [];
  const errors: LineError[] = [];
  let dataLines = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    dataLines++;
    try {
      records.push(parseNdjsonOrder(raw, index + 1));
    } catch (error) {
      errors.push({ lineNo: index + 1, reason: (error as Error).message });
    }
  });
  return { records, errors, dataLines };
}

function object(value: unknown, what: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what} must be an object`);
  return value as Json;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`${field} must be a non-empty string`);
  return value;
}

function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`${field} must be a string`);
  return value;
}

function money(value: unknown, field: string): number {
  try {
    return toCents(value);
  } catch {
    throw new Error(`${field} must be an amount with at most 2 decimals, e.g. "12.30"`);
  }
}

function profile(p: Json): CustomerProfileInput {
  const out: CustomerProfileInput = {};
  for (const key of PROFILE_TEXT) if (p[key] !== undefined) out[key] = optionalText(p[key], `profile.${key}`);
  if (p.gender !== undefined && p.gender !== null) {
    if (typeof p.gender !== 'string' || !GENDERS.has(p.gender)) throw new Error(`profile.gender must be one of ${[...GENDERS].join(', ')}`);
    out.gender = p.gender as Gender;
  }
  return out;
}
