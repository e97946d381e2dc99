import { DomainError } from '@member-graph/common/errors';

/** Cancelling needs a pending request whose cooling-off period has not passed. */
export const noPendingDeletion = () => new DomainError('NO_PENDING_DELETION', 'There is no account deletion request to cancel');

/** Only the customer themself asks for their account's deletion (admins erase on a request they hold with eraseCustomer). */
export const customerOnly = () => new DomainError('FORBIDDEN', 'Only the customer themself can ask for their account to be deleted');
