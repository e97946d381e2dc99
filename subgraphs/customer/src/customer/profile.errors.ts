import { DomainError } from '@member-graph/common/errors';

/** A customer's birthday is set once by the customer; later changes are made by staff (and audited). */
export const birthdayAlreadySet = () =>
  new DomainError('BIRTHDAY_ALREADY_SET', 'Your birthday is already set; ask customer service to correct it', { field: 'birthday' });

/** The phone number changes only through the app's verified (SMS) flow, which calls with the integration role. */
export const phoneNeedsVerification = () =>
  new DomainError('PHONE_VERIFICATION_REQUIRED', 'The phone number changes only through the verified phone change in the app', { field: 'phone' });
