import type { Actor } from '@member-graph/common/auth';

/** The scope that lets staff other than admins see PII unmasked (each reveal audited). */
export const REVEAL_SCOPE = 'pii:reveal';

/** How a caller sees one customer's PII: `own` (the customer), `reveal` (audited staff), `masked`. */
export type PiiAccess = 'own' | 'reveal' | 'masked';

/** Customers see their own PII; admins and holders of `pii:reveal` see anyone's, audited; the rest masked. */
export function piiAccess(actor: Actor | null, customerId: string): PiiAccess {
  if (!actor) return 'masked';
  if (actor.role === 'customer') return actor.id === customerId ? 'own' : 'masked';
  return actor.role === 'admin' || actor.scopes.includes(REVEAL_SCOPE) ? 'reveal' : 'masked';
}
