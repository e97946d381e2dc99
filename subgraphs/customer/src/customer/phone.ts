import { badInput } from '@member-graph/common/errors';

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Validates and normalises a phone number: a mainland mobile (13812341234, also given as
 * +86 138 1234 1234) is stored as its 11 digits; any other number must be E.164 (+447911123456).
 */
export function normalisePhone(input: string, field = 'phone'): string {
  const compact = input.replace(/[\s-]/g, '');
  const mainland = compact.replace(/^(\+86|0086)/, '');
  if (MAINLAND_MOBILE.test(mainland)) return mainland;
  if (E164.test(compact) && !compact.startsWith('+86')) return compact;
  throw badInput(`${field} must be a mainland mobile number (11 digits starting with 1) or an E.164 number like +447911123456`, { field });
}
