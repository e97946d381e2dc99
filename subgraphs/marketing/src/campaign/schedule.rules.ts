import { badInput } from '@member-graph/common/errors';
import { DAY_MS } from '@member-graph/common/time';

/* A campaign's sending window: when it may send, and where it stands against the clock. */

/** The longest a window's start or end may lie ahead of now. */
export const MAX_SCHEDULE_AHEAD_DAYS = 730;

/** A campaign's window: it sends at or after `startsAt` and before `endsAt`; null on either side is open. */
export interface CampaignWindow {
  startsAt: Date | null;
  endsAt: Date | null;
}

export type CampaignPhaseCode = 'SCHEDULED' | 'OPEN' | 'ENDED';

/** Where `now` falls against the window: before its start, inside it, or at/after its end. */
export function windowPhase(w: CampaignWindow, now: Date): CampaignPhaseCode {
  if (w.endsAt && now.getTime() >= w.endsAt.getTime()) return 'ENDED';
  if (w.startsAt && now.getTime() < w.startsAt.getTime()) return 'SCHEDULED';
  return 'OPEN';
}

/** Whether the campaign may send at `now`. */
export const inWindow = (w: CampaignWindow, now: Date) => windowPhase(w, now) === 'OPEN';

/** When a queued send (a one-shot launch's) is due: now, or the window's start if that is later. */
export const queuedDueAt = (w: CampaignWindow, now: Date): Date => (w.startsAt && w.startsAt.getTime() > now.getTime() ? w.startsAt : now);

/**
 * The window after a change: the given ends (`undefined` keeps the stored one, null clears it) over
 * the stored ones. A given end must lie in the future and neither end more than
 * MAX_SCHEDULE_AHEAD_DAYS ahead; the end must be after the start. Every problem is named in one
 * BAD_USER_INPUT.
 */
export function changeWindow(stored: CampaignWindow, given: { startsAt?: Date | null; endsAt?: Date | null }, now: Date): CampaignWindow {
  const w: CampaignWindow = {
    startsAt: given.startsAt === undefined ? stored.startsAt : given.startsAt,
    endsAt: given.endsAt === undefined ? stored.endsAt : given.endsAt,
  };
  const problems: string[] = [];
  const horizon = now.getTime() + MAX_SCHEDULE_AHEAD_DAYS * DAY_MS;
  for (const field of ['startsAt', 'endsAt'] as const) {
    const at = given[field];
    if (at && at.getTime() > horizon) problems.push(`${field} must be at most ${MAX_SCHEDULE_AHEAD_DAYS} days ahead`);
  }
  if (given.endsAt && given.endsAt.getTime() <= now.getTime()) problems.push('endsAt must be in the future');
  if (w.startsAt && w.endsAt && w.endsAt.getTime() <= w.startsAt.getTime()) problems.push('endsAt must be after startsAt');
  if (problems.length) throw badInput(`The schedule is invalid: ${problems.join('; ')}`, { field: 'schedule', problems });
  return w;
}
