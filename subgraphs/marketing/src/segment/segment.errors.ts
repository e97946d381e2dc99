import { DomainError } from '@member-graph/common/errors';

/** The domain errors of segments, one factory per code. */

export const segmentNameTaken = (name: string) => new DomainError('SEGMENT_NAME_TAKEN', `A segment named "${name}" exists already`, { field: 'name' });
export const segmentInUse = (campaigns: string[]) =>
  new DomainError('SEGMENT_IN_USE', 'The segment is the audience of an active campaign; pause the campaign first', { campaigns });
