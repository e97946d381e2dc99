import { DomainError } from '@member-graph/common/errors';

/** How many exports a customer may make of themself in an hour (each reads all of their data in four subgraphs). */
export const SELF_EXPORTS_PER_HOUR = 10;

/** The customer asked for more exports of themself than SELF_EXPORTS_PER_HOUR in the last hour. */
export const exportLimitReached = () =>
  new DomainError('EXPORT_LIMIT_REACHED', `A customer may export their data at most ${SELF_EXPORTS_PER_HOUR} times an hour; try again later`, { perHour: SELF_EXPORTS_PER_HOUR });
