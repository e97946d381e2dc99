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

export type ReferralRefusal = 'UNKNOWN_CODE' | 'SAME_CUSTOMER' | 'MERGED_CUSTOMERS';

/**
 * Why a referral must be refused, or null. From events loyalty knows customer ids and merges only:
 * a referrer and referee who are the same customer, or one customer merged into the other (directly
 * or through a chain, compared by the ids their merges lead to), are the same person. Same phone or
 * WeChat unionid cannot be detected here yet, because neither reaches loyalty in any event; such a
 * pair is caught when the customer subgraph merges them (the referral is then voided and its rewards
 * reversed).
 */
export function referralRefusal(p: {
  refereeId: string;
  referrerId: string | null;
  refereeCanonical: string;
  referrerCanonical: string | null;
}): ReferralRefusal | null {
  if (!p.referrerId || !p.referrerCanonical) return 'UNKNOWN_CODE';
  if (p.referrerId === p.refereeId) return 'SAME_CUSTOMER';
  if (p.referrerCanonical === p.refereeCanonical) return 'MERGED_CUSTOMERS';
  return null;
}
