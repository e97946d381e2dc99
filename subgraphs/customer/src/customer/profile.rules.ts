import type { Role } from '@member-graph/common/auth';
import type { CustomerEntity } from './customer.entity';
import { birthdayAlreadySet, phoneNeedsVerification } from './profile.errors';

/** The profile fields whose changes are audited (who changed them, when). */
export const AUDITED_FIELDS = ['birthday', 'phone'] as const;
export type AuditedField = (typeof AUDITED_FIELDS)[number];

/**
 * Who may change what, given the stored profile and the validated changes: the phone only by the
 * integration role (the app has verified it by SMS), so neither a customer alone nor an agent can move
 * an account to another phone; the birthday by the customer only while it is unset (birthday gifts
 * cannot be farmed by moving it), by staff at any time. Throws the refusal; answers the audited
 * fields that really change.
 */
export function checkProfileChange(role: Role, stored: Pick<CustomerEntity, 'birthday' | 'phone'>, changes: Partial<CustomerEntity>): AuditedField[] {
  const changed = AUDITED_FIELDS.filter((f) => changes[f] !== undefined && changes[f] !== stored[f]);
  if (changed.includes('phone') && role !== 'system') throw phoneNeedsVerification();
  if (changed.includes('birthday') && role === 'customer' && stored.birthday !== null) throw birthdayAlreadySet();
  return changed;
}
