export interface ReturnSettings {
  /** A return can be opened within this many days of the order's payment. */
  windowDays: number;
  /**
   * Auto-approval: the amount is at most the tier's limit and the customer's return rate (returns
   * before this one / orders) is at most `maxReturnRate`; otherwise an agent decides.
   */
  autoApproval: { maxReturnRate: number; maxAmountCentsByTier: Record<string, number> };
}

export const DEFAULT_RETURNS: ReturnSettings = {
  windowDays: 30,
  autoApproval: { maxReturnRate: 0.3, maxAmountCentsByTier: { MEMBER: 20_000, SILVER: 50_000, GOLD: 100_000, DIAMOND: 300_000 } },
};

/** The problems of the return settings (empty when valid). */
export function returnProblems(r: ReturnSettings): string[] {
  const problems: string[] = [];
  if (!(Number.isInteger(r.windowDays) && r.windowDays > 0)) problems.push('returns.windowDays must be a positive integer');
  const rate = r.autoApproval.maxReturnRate;
  if (!(rate >= 0 && rate <= 1)) problems.push('returns.autoApproval.maxReturnRate must be within [0, 1]');
  return problems;
}
