import { createHash } from 'node:crypto';

/** Guards floor() against binary float noise (0.29 * 100 = 28.999999999999996). */
const EPS = 1e-9;

/** Order points: base points per whole yuan (rounded down), times every multiplier, rounded down. */
export function pointsForAmount(amountCents: number, pointsPerYuan: number, multipliers: number[] = []): number {
  if (amountCents <= 0) return 0;
  const base = Math.floor((amountCents * pointsPerYuan) / 100 + EPS);
  const factor = multipliers.reduce((a, b) => a * b, 1);
  return Math.floor(base * factor + EPS);
}

/** An unspent lot, in the order it should be consumed. */
export interface OpenLot {
  entryId: number;
  remaining: number;
}

/** Takes `amount` from lots in the given order (first in, first out); what lots cannot cover is the shortfall. */
export function allocateFifo(lots: OpenLot[], amount: number): { allocations: { entryId: number; take: number }[]; shortfall: number } {
  const allocations: { entryId: number; take: number }[] = [];
  let left = amount;
  for (const lot of lots) {
    if (left <= 0) break;
    const take = Math.min(lot.remaining, left);
    if (take > 0) allocations.push({ entryId: lot.entryId, take });
    left -= take;
  }
  return { allocations, shortfall: left };
}

/**
 * A credit first pays back a negative balance (left by a refund reversal); only the rest becomes a
 * spendable lot. Keeps sum(open lots) = max(0, balance).
 */
export function lotRemainingAfterCredit(balanceBefore: number, amount: number): number {
  return amount - Math.min(amount, Math.max(0, -balanceBefore));
}

/**
 * `lotRemainingAfterCredit` as an SQL expression over the credit's amount and the balance after it (a
 * lot written in the same statement as its entry): with after = before + amount, that rule is the part
 * of the amount the balance after covers, max(0, min(amount, after)).
 */
export const lotRemainingSql = (amount: string, balanceAfter: string) => `greatest(0, least(${amount}, ${balanceAfter}))`;

/** A stable fingerprint of a request payload (key order does not matter), for idempotency checks. */
export function requestHash(payload: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.keys(payload).sort().map((k) => [k, payload[k] ?? null]));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}
