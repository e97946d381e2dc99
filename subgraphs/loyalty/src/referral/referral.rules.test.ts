import { normaliseReferralCode, referralCodeFor, referralRefusal } from './referral.rules';

test('referral codes are stable, 8 characters, unambiguous', () => {
  const id = '6f1c1c7e-9b1e-4a55-8f5b-0f3a2f7a1b11';
  expect(referralCodeFor(id)).toBe(referralCodeFor(id));
  expect(referralCodeFor(id)).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  expect(referralCodeFor(id, 1)).not.toBe(referralCodeFor(id));
});

test('codes are normalised as typed', () => {
  expect(normaliseReferralCode(' ab12-cd34 ')).toBe('AB12CD34');
  expect(normaliseReferralCode('x')).toBeNull();
  expect(normaliseReferralCode(null)).toBeNull();
});

test('same or merged customers cannot refer each other', () => {
  expect(referralRefusal({ refereeId: 'a', referrerId: null, refereeCanonical: 'a', referrerCanonical: null })).toBe('UNKNOWN_CODE');
  expect(referralRefusal({ refereeId: 'a', referrerId: 'a', refereeCanonical: 'a', referrerCanonical: 'a' })).toBe('SAME_CUSTOMER');
  expect(referralRefusal({ refereeId: 'a', referrerId: 'b', refereeCanonical: 'a', referrerCanonical: 'a' })).toBe('MERGED_CUSTOMERS');
  expect(referralRefusal({ refereeId: 'a', referrerId: 'b', refereeCanonical: 'a', referrerCanonical: 'b' })).toBeNull();
});

test('two accounts sharing a phone or unionid are the same person', () => {
  expect(referralRefusal({ refereeId: 'a', referrerId: 'b', refereeCanonical: 'a', referrerCanonical: 'b', sharesIdentity: true })).toBe('SAME_PERSON');
  expect(referralRefusal({ refereeId: 'a', referrerId: 'b', refereeCanonical: 'a', referrerCanonical: 'b', sharesIdentity: false })).toBeNull();
  expect(referralRefusal({ refereeId: 'a', referrerId: 'a', refereeCanonical: 'a', referrerCanonical: 'a', sharesIdentity: true })).toBe('SAME_CUSTOMER');
});
