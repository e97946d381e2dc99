import type { TierCountRow } from './tier-mix.repository';

/** How many members hold one tier, and their share of all members counted. */
export interface TierShare {
  tier: string;
  customers: number;
  percent: number;
}

/** The tier mix of one month (tiers as held at the month's end). */
export interface TierMixMonth {
  month: string;
  total: number;
  tiers: TierShare[];
}

/**
 * Every tier of the table in table order (a tier nobody holds shows 0), then any code no longer in the
 * table that members still hold; percent of the total with one decimal.
 */
export function tierShares(tierCodes: readonly string[], counts: readonly { tier: string; n: number }[]): TierShare[] {
  const byTier = new Map<string, number>();
  for (const c of counts) byTier.set(c.tier, (byTier.get(c.tier) ?? 0) + c.n);
  const total = [...byTier.values()].reduce((sum, n) => sum + n, 0);
  const codes = [...tierCodes, ...[...byTier.keys()].filter((code) => !tierCodes.includes(code)).sort()];
  return codes.map((tier) => {
    const customers = byTier.get(tier) ?? 0;
    return { tier, customers, percent: total ? Math.round((customers * 1000) / total) / 10 : 0 };
  });
}

/** One mix per month from the rows of `monthlyTierCounts` (months nobody was a member of show zeros). */
export function monthlyMixes(tierCodes: readonly string[], months: readonly string[], rows: readonly TierCountRow[]): TierMixMonth[] {
  return months.map((month) => {
    const tiers = tierShares(tierCodes, rows.filter((r) => r.month === month));
    return { month, total: tiers.reduce((sum, t) => sum + t.customers, 0), tiers };
  });
}
