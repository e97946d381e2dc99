import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { SECRET_HEADER } from './actor';

/** Constant-time comparison of the shared gateway secret. */
export function secretMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Express middleware for subgraphs: refuses (401, before any body parsing) every request that does not
 * carry the gateway's shared secret, so `_entities` and the actor header are never open to the world.
 */
export function requireGatewaySecret(secret: string): RequestHandler {
  return (req, res, next) => {
    if (secretMatches(secret, req.headers[SECRET_HEADER])) return next();
    res.status(401).json({ errors: [{ message: 'Missing or wrong gateway secret', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}
