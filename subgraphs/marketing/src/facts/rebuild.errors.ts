import { DomainError } from '@member-graph/common/errors';

/** The domain errors of a projection rebuild. */

/** The bus no longer holds every event the projection applied (e.g. older than the NATS stream's retention). */
export const historyIncomplete = (applied: number, found: number) =>
  new DomainError(
    'PROJECTION_HISTORY_INCOMPLETE',
    `The event log holds ${found} of the ${applied} events the projection applied; a rebuild would lose the rest, so the projection was kept`,
    { applied, found },
  );
