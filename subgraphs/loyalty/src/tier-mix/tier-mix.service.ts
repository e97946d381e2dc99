import { requireRole, STAFF_ROLES, type Actor } from '@member-graph/common/auth';
import { monthRange, monthStarts } from '@member-graph/common/time';
import type { Deps } from '../deps';
import { currentTierCounts, monthlyTierCounts } from './tier-mix.repository';
import { monthlyMixes, tierShares, type TierMixMonth, type TierShare } from './tier-mix.rules';

/** The longest tier-mix history one request may ask for. */
export const MAX_TIER_MIX_MONTHS = 36;

/**
 * The tier mix for staff: members per tier now and at the end of each month of a range, counted in SQL
 * over loyalty's members and tier history (a member without any tier change holds the base tier).
 */
export class TierMixService {
  constructor(private readonly deps: Deps) {}

  private get codes(): string[] {
    return this.deps.programme.current().tiers.map((t) => t.code);
  }

  /** Members per tier now (staff). */
  async now(actor: Actor | null): Promise<TierShare[]> {
    requireRole(actor, ...STAFF_ROLES);
    return tierShares(this.codes, await currentTierCounts(this.deps.dataSource));
  }

  /** Members per tier at the end of each Asia/Shanghai month touched by from…to (staff; at most 36 months). */
  async byMonth(actor: Actor | null, from: string, to: string): Promise<TierMixMonth[]> {
    requireRole(actor, ...STAFF_ROLES);
    const range = monthRange(from, to, MAX_TIER_MIX_MONTHS);
    const rows = await monthlyTierCounts(this.deps.dataSource, range.fromMonth, range.toMonth, this.codes[0]);
    return monthlyMixes(this.codes, monthStarts(range), rows);
  }
}
