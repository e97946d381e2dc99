import { DomainError } from '@member-graph/common/errors';

/** The identity already belongs to another customer; merging is the way to join them. */
export const identityTaken = () =>
  new DomainError('IDENTITY_TAKEN', 'This identity already belongs to another customer; merge the customers instead');

/** A login's identities belong to two customers already; an admin merges them first. */
export const identitiesOfDifferentCustomers = () =>
  new DomainError('IDENTITIES_OF_DIFFERENT_CUSTOMERS', 'These identities belong to different customers; merge the customers first');

/** A customer keeps at least one identity (the way their channels find them); merge or erase instead. */
export const lastIdentity = () =>
  new DomainError('LAST_IDENTITY', "This is the customer's only identity; it cannot be unlinked");
