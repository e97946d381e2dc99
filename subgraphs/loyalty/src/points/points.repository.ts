import type { EntityManager } from 'typeorm';
import { type Actor } from '@member-graph/common/auth';
import { envelope } from '@member-graph/common/events';
import { endOfNthMonthAfter } from '../calendar';
import { queryRows, SqlParams } from '@member-graph/common/db';
import { type Deps } from '../deps';
import { PointsEntryEntity, type PointsEntryType } from './points.entity';
import { insufficientPoints } from './points.errors';
import { allocateFifo, type OpenLot } from './points.rules';
import { creditCtes, entryInsertSql, type LedgerWrite } from './points.statements';

/** The doorbell channel ledger writes ring (payload: the customer id) for the live pointsChanged streams. */
export const POINTS_CHANGED_CHANNEL = 'mg_points_changed';

/**
 * The append-only points ledger. The balance is the sum of the entries; credits open lots that
 * debits consume first in, first out and that expire when due. Callers hold the member lock, so the
 * balance read here cannot change before the entry is written. Every entry emits loyalty.points_changed.
 */
export class PointsLedger {
  constructor(private readonly deps: Deps) {}

  /** The REDEEM line of one store transaction, if the store redeemed for it before (there is at most one). */
  storeRedemption(tx: EntityManager, storeId: string, storeTransactionId: string): Promise<PointsEntryEntity | null> {
    return tx.getRepository(PointsEntryEntity).findOneBy({ type: 'REDEEM', sourceType: 'STORE', storeId, sourceId: storeTransactionId } as never);
  }

  async balance(tx: EntityManager, customerId: string): Promise<number> {
    const [{ balance }] = await tx.query(`select coalesce(sum(amount), 0)::int as balance from loyalty.points_entries where customer_id = $1`, [customerId]);
    return balance;
  }

  /** Adds points as a lot that lapses at the configured expiry (line and lot in one statement); returns null when the key was written before. */
  async credit(tx: EntityManager, type: Extract<PointsEntryType, 'EARN' | 'ADJUST'>, w: LedgerWrite): Promise<PointsEntryEntity | null> {
    const now = this.deps.clock.now();
    const q = new SqlParams();
    const [entry] = await queryRows<PointsEntryEntity>(tx, `with ${creditCtes(q, type, w, this.creditExpiry(now), now)} select * from entry`, q.values);
    if (!entry) return null;
    await this.announce(tx, entry, w.actor ?? null, now);
    return entry;
  }

  /** When points credited at `now` lapse. */
  creditExpiry(now: Date): Date {
    return endOfNthMonthAfter(now, this.deps.settings.pointsExpiryMonths);
  }

  /**
   * Takes points, consuming lots first in, first out (the `preferLot` first, e.g. the order's own
   * lot on a refund). Only with `allowNegative` (refund reversals) may the balance drop below zero;
   * otherwise a short balance is INSUFFICIENT_POINTS. Returns null when the key was written before.
   */
  async debit(
    tx: EntityManager,
    type: Extract<PointsEntryType, 'REDEEM' | 'REVERSE' | 'ADJUST' | 'EXPIRE'>,
    w: LedgerWrite & { allowNegative?: boolean; preferLot?: number | null },
  ): Promise<PointsEntryEntity | null> {
    const now = this.deps.clock.now();
    await this.expireDue(tx, w.customerId, now);
    const before = await this.balance(tx, w.customerId);
    if (!w.allowNegative && before < w.amount) throw insufficientPoints(before, w.amount);
    const entry = await this.insert(tx, type, -w.amount, before - w.amount, w, null, now);
    if (!entry) return null;
    const lots = await queryRows<OpenLot>(
      tx,
      `select entry_id as "entryId", remaining from loyalty.points_lots
       where customer_id = $1 and remaining > 0 and expires_at > $2
       order by (entry_id = $3) desc, expires_at, entry_id for update`,
      [w.customerId, now, w.preferLot ?? 0],
    );
    const { allocations } = allocateFifo(lots, w.amount);
    if (allocations.length) {
      await tx.query(
        `update loyalty.points_lots l set remaining = l.remaining - v.take
         from unnest($1::bigint[], $2::int[]) as v(id, take) where l.entry_id = v.id`,
        [allocations.map((a) => a.entryId), allocations.map((a) => a.take)],
      );
    }
    await this.announce(tx, entry, w.actor ?? null, now);
    return entry;
  }

  /**
   * Expires what is due on this account: every lot past its expiry with points left gets an EXPIRE
   * entry for exactly those points (keyed by the lot, so running twice expires once).
   */
  async expireDue(tx: EntityManager, customerId: string, now = this.deps.clock.now()): Promise<number> {
    const due = await queryRows<{ entryId: number; expired: number }>(
      tx,
      `with due as (
         select entry_id, remaining from loyalty.points_lots
         where customer_id = $1 and remaining > 0 and expires_at <= $2 for update
       )
       update loyalty.points_lots l set remaining = 0 from due where l.entry_id = due.entry_id
       returning l.entry_id as "entryId", due.remaining as expired, l.expires_at as "expiresAt"`,
      [customerId, now],
    );
    if (due.length === 0) return 0;
    due.sort((a, b) => a.entryId - b.entryId);
    let balance = await this.balance(tx, customerId);
    let total = 0;
    for (const lot of due) {
      balance -= lot.expired;
      const w = { customerId, amount: lot.expired, reasonCode: 'EXPIRY', idempotencyKey: `expire:${lot.entryId}`, sourceType: 'LOT', sourceId: String(lot.entryId) };
      const entry = await this.insert(tx, 'EXPIRE', -lot.expired, balance, w, null, now);
      if (entry) {
        total += lot.expired;
        await this.announce(tx, entry, null, now);
      } else balance += lot.expired;
    }
    return total;
  }

  /**
   * Forfeits the account's whole positive balance in one EXPIRE entry (what is due expires first, by
   * lot), closing every open lot; a zero or negative balance writes nothing. Returns the points forfeited.
   */
  async forfeit(tx: EntityManager, w: Omit<LedgerWrite, 'amount'>): Promise<number> {
    await this.expireDue(tx, w.customerId);
    const balance = await this.balance(tx, w.customerId);
    if (balance <= 0) return 0;
    return (await this.debit(tx, 'EXPIRE', { ...w, amount: balance })) ? balance : 0;
  }

  /**
   * Restores sum(open lots) = max(0, balance) after two accounts were joined (a merged account's
   * negative balance is paid from the survivor's lots, first in, first out). No ledger line: the
   * entries already say what the balance is.
   */
  async reconcileLots(tx: EntityManager, customerId: string): Promise<void> {
    const balance = await this.balance(tx, customerId);
    const lots = await queryRows<OpenLot>(
      tx,
      `select entry_id as "entryId", remaining from loyalty.points_lots where customer_id = $1 and remaining > 0
       order by expires_at, entry_id for update`,
      [customerId],
    );
    const excess = lots.reduce((sum, l) => sum + l.remaining, 0) - Math.max(0, balance);
    if (excess <= 0) return;
    const { allocations } = allocateFifo(lots, excess);
    await tx.query(
      `update loyalty.points_lots l set remaining = l.remaining - v.take
       from unnest($1::bigint[], $2::int[]) as v(id, take) where l.entry_id = v.id`,
      [allocations.map((a) => a.entryId), allocations.map((a) => a.take)],
    );
  }

  /** Moves a merged account's entries and lots to the survivor (amounts and keys unchanged, so nothing counts twice). */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    // the ledger is append-only for the app role: the owner's function re-points it, and nothing else
    await tx.query(`select loyalty.move_points_entries($1, $2)`, [fromId, toId]);
    await tx.query(`update loyalty.points_lots set customer_id = $2 where customer_id = $1`, [fromId, toId]);
    await this.reconcileLots(tx, toId);
  }

  /** Records, before a merge moves them, the merged member's ledger lines (loyalty.merge_records), for an unmerge. */
  async recordMove(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(
      `insert into loyalty.merge_records (survivor_id, merged_id, entry_ids)
       select $2, $1, coalesce(array_agg(id order by id), '{}') from loyalty.points_entries where customer_id = $1`,
      [fromId, toId],
    );
  }

  /**
   * An undone merge: the ledger lines (and their lots) the pair's latest merge moved go back to the
   * restored member, through the owner's function; both members' lots are reconciled with their balances.
   * Returns false when there is nothing to undo (a redelivery).
   */
  async undoMove(tx: EntityManager, survivorId: string, restoredId: string): Promise<boolean> {
    const [record] = await queryRows<{ entryIds: string[] }>(
      tx,
      `update loyalty.merge_records set undone_at = now()
        where id = (select id from loyalty.merge_records where survivor_id = $1 and merged_id = $2 and undone_at is null order by id desc limit 1 for update)
        returning entry_ids::text[] as "entryIds"`,
      [survivorId, restoredId],
    );
    if (!record) return false;
    await tx.query(`select loyalty.move_back_points_entries($1::bigint[], $2, $3)`, [record.entryIds, survivorId, restoredId]);
    await tx.query(`update loyalty.points_lots set customer_id = $3 where customer_id = $2 and entry_id = any($1::bigint[])`, [record.entryIds, survivorId, restoredId]);
    await this.reconcileLots(tx, survivorId);
    await this.reconcileLots(tx, restoredId);
    return true;
  }

  private async insert(
    tx: EntityManager,
    type: PointsEntryType,
    amount: number,
    balanceAfter: number,
    w: LedgerWrite,
    expiresAt: Date | null,
    now: Date,
  ): Promise<PointsEntryEntity | null> {
    const q = new SqlParams();
    const [row] = await queryRows<PointsEntryEntity>(tx, entryInsertSql(q, { type, amount: q.add(amount), balanceAfter: q.add(balanceAfter), expiresAt, now }, w), q.values);
    return row ?? null;
  }

  /** Announces a written line: the doorbell of the live pointsChanged streams and loyalty.points_changed. */
  async announce(tx: EntityManager, e: PointsEntryEntity, actor: Actor | null, now: Date) {
    await this.deps.listener.ringOnCommit(tx, POINTS_CHANGED_CHANNEL, e.customerId);
    return this.deps.outbox.write(
      tx,
      envelope(
        'loyalty.points_changed',
        e.customerId,
        { customerId: e.customerId, entryId: String(e.id), type: e.type, amount: e.amount, balance: e.balanceAfter, reasonCode: e.reasonCode, sourceId: e.sourceId },
        { actor, occurredAt: now },
      ),
    );
  }
}
