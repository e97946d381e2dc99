import { createHmac } from 'node:crypto';

/** What identifies one person across accounts: their phones and WeChat unionids. */
export interface PersonKeys {
  phones: readonly (string | null)[];
  unionIds: readonly string[];
}

/**
 * The person's fingerprints: an HMAC of each phone and unionid under a key only the customer subgraph
 * holds, so another domain can tell that two accounts share a phone without ever seeing it (and
 * cannot recover the phone by hashing every number). Sorted and de-duplicated.
 */
export function fingerprintsOf(key: string, keys: PersonKeys): string[] {
  const mac = (kind: string, value: string) => createHmac('sha256', key).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
  const all = [...keys.phones.filter((p): p is string => Boolean(p)).map((p) => mac('phone', p)), ...keys.unionIds.map((u) => mac('unionid', u))];
  return [...new Set(all)].sort();
}
