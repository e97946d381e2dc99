import { LRUCache } from 'lru-cache';
import type { VerifiedToken } from './jwt';

/** How long and how many verified tokens are remembered. */
export interface VerifiedTokenCacheOptions {
  /** Tokens remembered at most (least recently used go first). Default 10,000. */
  max?: number;
  /** A token is verified again after this long even if it has not expired (a JWKS key withdrawn, a role re-issued). Default 60 s. */
  maxAgeMs?: number;
  /** Epoch ms now (tests move it). */
  now?: () => number;
}

/**
 * Remembers tokens that verified, so a client sending the same bearer token on every request (every app
 * does) pays the signature check and claim parsing once a minute instead of per request. Only successes
 * are kept (a forged or expired token is checked every time and never fills the cache); an entry never
 * outlives its token's `exp`, nor `maxAgeMs`. The actor handed out is frozen: requests share it.
 */
export function cachedVerifier(verify: (token: string) => Promise<VerifiedToken>, options: VerifiedTokenCacheOptions = {}) {
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const cache = new LRUCache<string, { token: VerifiedToken; until: number }>({ max: options.max ?? 10_000 });
  return async (token: string): Promise<VerifiedToken> => {
    const hit = cache.get(token);
    if (hit && now() < hit.until) return hit.token;
    const verified = await verify(token);
    const until = Math.min(now() + maxAgeMs, verified.expiresAt ?? Infinity);
    const frozen: VerifiedToken = Object.freeze({ ...verified, actor: Object.freeze({ ...verified.actor, scopes: Object.freeze([...verified.actor.scopes]) }) });
    cache.set(token, { token: frozen, until });
    return frozen;
  };
}
