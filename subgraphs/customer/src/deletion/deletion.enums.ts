import { registerEnumType } from 'type-graphql';

/** Where an account deletion request stands. */
export const DELETION_REQUEST_STATUSES = ['PENDING', 'CANCELLED', 'ERASED'] as const;
export type DeletionRequestStatus = (typeof DELETION_REQUEST_STATUSES)[number];
export const DeletionRequestStatusEnum = Object.fromEntries(DELETION_REQUEST_STATUSES.map((s) => [s, s])) as { [K in DeletionRequestStatus]: K };
registerEnumType(DeletionRequestStatusEnum, {
  name: 'DeletionRequestStatus',
  description: 'PENDING: waiting out the cooling-off period (the customer may cancel); CANCELLED by the customer; ERASED: the account was erased.',
});
