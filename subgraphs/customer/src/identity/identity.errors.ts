import { DomainError } from '@member-graph/common/errors';

/** The identity already belongs to another customer; merging is the way to join them. */
export const identityTaken = () =>
  new DomainError('IDENTITY_TAKEN', 'This identity already belongs to another customer; merge the customers instead');
