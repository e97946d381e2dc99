import type { Actor } from '@member-graph/common/auth';
import type { SqlParams } from '@member-graph/common/db';
import type { PointsEntryType } from './points.entity';
import { lotRemainingSql } from './points.rules';

/** What every ledger line records besides its amount. */
export interface LedgerWrite {
  /** The account (a survivor, never a merged id); its member row must be locked by the caller. */
  customerId: string;
  /** A positive number of points; the ledger signs it. */
  amount: number;
  reasonCode: string;
  /** Unique across the ledger; writing the same key twice writes once. */
  idempotencyKey: string;
  sourceType?: string | null;
  sourceId?: string | null;
  storeId?: string | null;
  actor?: Actor | null;
  note?: string | null;
  requestHash?: string | null;
}

export const ENTRY_COLUMNS = `id, customer_id as "customerId", type, amount, balance_after as "balanceAfter", reason_code as "reasonCode",
  source_type as "sourceType", source_id as "sourceId", store_id as "storeId", actor_id as "actorId", actor_role as "actorRole",
  note, idempotency_key as "idempotencyKey", request_hash as "requestHash", expires_at as "expiresAt", created_at as "createdAt"`;

/** One ledger line to write: its signed amount and balance after as SQL expressions, its expiry and time. */
export interface EntryValues {
  type: PointsEntryType;
  amount: string;
  balanceAfter: string;
  expiresAt: Date | null;
  now: Date;
}

/**
 * The insert of one ledger line (a key written before writes nothing), returning ENTRY_COLUMNS; once, or
 * once per row of `from` (a CTE of the caller's statement that decides whether the line is written).
 */
export function entryInsertSql(q: SqlParams, v: EntryValues, w: LedgerWrite, from?: string): string {
  const values = [
    q.add(w.customerId),
    q.add(v.type),
    `${v.amount}::int`,
    `${v.balanceAfter}::int`,
    q.add(w.reasonCode),
    q.add(w.sourceType ?? null),
    q.add(w.sourceId ?? null),
    q.add(w.storeId ?? null),
    q.add(w.actor?.id ?? null),
    q.add(w.actor?.role ?? null),
    q.add(w.note ?? null),
    q.add(w.idempotencyKey),
    q.add(w.requestHash ?? null),
    `${q.add(v.expiresAt)}::timestamptz`,
    `${q.add(v.now)}::timestamptz`,
  ];
  return `insert into loyalty.points_entries (customer_id, type, amount, balance_after, reason_code, source_type, source_id, store_id,
         actor_id, actor_role, note, idempotency_key, request_hash, expires_at, created_at)
       select ${values.join(', ')}${from ? ` from ${from}` : ''}
       on conflict (idempotency_key) do nothing returning ${ENTRY_COLUMNS}`;
}

/**
 * A credit as the CTEs `entry` (its line, whose balance after is the account's sum read in the same
 * statement plus the amount: the caller holds the member lock) and `lot` (the part of it that is
 * spendable, in the same statement). Written once, or once per row of `from` (see entryInsertSql).
 */
export function creditCtes(q: SqlParams, type: 'EARN' | 'ADJUST', w: LedgerWrite, expiresAt: Date, now: Date, from?: string): string {
  const amount = q.add(w.amount);
  const balanceAfter = `(select coalesce(sum(amount), 0)::int from loyalty.points_entries where customer_id = ${q.add(w.customerId)}) + ${amount}::int`;
  return `entry as (${entryInsertSql(q, { type, amount, balanceAfter, expiresAt, now }, w, from)}),
     lot as (
       insert into loyalty.points_lots (entry_id, customer_id, amount, remaining, expires_at)
       select id, "customerId", amount, ${lotRemainingSql('amount', '"balanceAfter"')}, "expiresAt" from entry
     )`;
}
