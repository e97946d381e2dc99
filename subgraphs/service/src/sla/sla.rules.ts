import type { PriorityCode } from '../ticket/ticket.codes';
import type { SlaSettings, SlaTarget } from './sla.settings';

const MINUTE = 60_000;

/**
 * The targets of a ticket (pure): the priority's targets, tightened by the customer's tier where the
 * tier has stricter ones (e.g. DIAMOND: first response within 2 hours whatever the priority).
 */
export function slaTarget(settings: { sla: SlaSettings }, priority: PriorityCode, tier: string | null): SlaTarget {
  const base = settings.sla.byPriority[priority];
  const byTier = tier ? settings.sla.byTier[tier] : undefined;
  return {
    firstResponseMinutes: Math.min(base.firstResponseMinutes, byTier?.firstResponseMinutes ?? Infinity),
    resolutionMinutes: Math.min(base.resolutionMinutes, byTier?.resolutionMinutes ?? Infinity),
  };
}

/**
 * Due times (pure): from the opening time plus the target plus every millisecond the clock was paused
 * (time spent in WAITING_CUSTOMER does not count).
 */
export function dueTimes(openedAt: Date, target: SlaTarget, pausedMs: number): { firstResponseDueAt: Date; resolutionDueAt: Date } {
  const start = openedAt.getTime() + pausedMs;
  return {
    firstResponseDueAt: new Date(start + target.firstResponseMinutes * MINUTE),
    resolutionDueAt: new Date(start + target.resolutionMinutes * MINUTE),
  };
}
