/** Growth value from a paid amount: per whole yuan, rounded down. */
export function growthForAmount(amountCents: number, growthPerYuan: number): number {
  if (amountCents <= 0) return 0;
  return Math.floor((amountCents * growthPerYuan) / 100 + 1e-9);
}

/**
 * How much of what an order earned (`total`) is reversed once `refundedCents` of `orderCents` have
 * been refunded: everything when the order is fully refunded, otherwise everything above the
 * proportional part the customer keeps (rounded down), so the refunded part is reversed in full.
 */
export function reversedShare(total: number, orderCents: number, refundedCents: number, fullyRefunded: boolean): number {
  if (total <= 0) return 0;
  if (fullyRefunded || orderCents <= 0 || refundedCents >= orderCents) return total;
  const kept = Math.floor((total * (orderCents - Math.max(0, refundedCents))) / orderCents);
  return total - kept;
}
