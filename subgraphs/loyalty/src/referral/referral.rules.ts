import { createHash } from 'node:crypto';

/** Crockford-like alphabet without 0/1/I/O, so codes survive being read aloud or typed. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 8;

/**
 * A customer's referral code: derived from the customer id (stable, so it can be shown before loyalty
 * has stored anything), with `attempt` > 0 only when an earlier code was taken by someone else.
 */
export function referralCodeFor(customerId: string, attempt = 0): string {
  const digest = createHash('sha256').update(`${customerId}:${attempt}`).digest();
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[digest[i] % ALPHABET.length];
  return code;
}

/** Upper-cases and strips spaces and dashes; null when it cannot be a code. */
export function normaliseReferralCode(input: string | null | undefined): string | null {
  if (!input) return null;
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{4,32}$/.test(code) ? code : null;
}

export type ReferralRefusal = 'UNKNOWN_CODE' | 'SAME_CUSTOMER' | 'MERGED_CUSTOMERS' | 'SAME_PERSON';

/**
 * Why a referral must be refused, or null. A referrer and referee who are the same customer, or one
 * customer merged into the other (directly or through a chain, compared by the ids their merges lead
 * to), or two accounts sharing a phone or WeChat unionid (`sharesIdentity`: equal identity fingerprints,
 * which customer events carry as keyed hashes) are the same person. A pair that shares nothing loyalty
 * knows of is still caught when the customer subgraph merges them (the referral is voided and its
 * rewards reversed).
 */
export function referralRefusal(p: {
  refereeId: string;
  referrerId: string | null;
  refereeCanonical: string;
  referrerCanonical: string | null;
  sharesIdentity?: boolean;
}): ReferralRefusal | null {
  if (!p.referrerId || !p.referrerCanonical) return 'UNKNOWN_CODE';
  if (p.referrerId === p.refereeId) return 'SAME_CUSTOMER';
  if (p.referrerCanonical === p.refereeCanonical) return 'MERGED_CUSTOMERS';
  if (p.sharesIdentity) return 'SAME_PERSON';
  return null;
}
