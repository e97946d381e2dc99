import { PRIORITIES, type PriorityCode } from '../ticket/ticket.codes';

/** Minutes to the first agent response and to resolution. */
export interface SlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export interface SlaSettings {
  byPriority: Record<PriorityCode, SlaTarget>;
  /** Tighter targets for tiers; the stricter of the priority's and the tier's target applies. */
  byTier: Record<string, Partial<SlaTarget>>;
}

const HOUR = 60;

export const DEFAULT_SLA: SlaSettings = {
  byPriority: {
    URGENT: { firstResponseMinutes: 30, resolutionMinutes: 4 * HOUR },
    HIGH: { firstResponseMinutes: 2 * HOUR, resolutionMinutes: 24 * HOUR },
    NORMAL: { firstResponseMinutes: 8 * HOUR, resolutionMinutes: 72 * HOUR },
    LOW: { firstResponseMinutes: 24 * HOUR, resolutionMinutes: 120 * HOUR },
  },
  byTier: {
    DIAMOND: { firstResponseMinutes: 2 * HOUR, resolutionMinutes: 24 * HOUR },
    GOLD: { firstResponseMinutes: 4 * HOUR, resolutionMinutes: 48 * HOUR },
  },
};

/** The problems of an SLA table (empty when valid); `tiers` are the known tier codes. */
export function slaProblems(sla: SlaSettings, tiers: readonly string[]): string[] {
  const problems: string[] = [];
  for (const p of PRIORITIES) {
    const t = sla.byPriority[p];
    if (!t || !(t.firstResponseMinutes > 0) || !(t.resolutionMinutes > 0)) problems.push(`sla.byPriority.${p} needs positive firstResponseMinutes and resolutionMinutes`);
  }
  for (const [tier, t] of Object.entries(sla.byTier)) {
    if (!tiers.includes(tier)) problems.push(`sla.byTier names unknown tier ${tier}`);
    for (const v of [t.firstResponseMinutes, t.resolutionMinutes]) if (v !== undefined && !(v > 0)) problems.push(`sla.byTier.${tier} targets must be positive`);
  }
  return problems;
}
