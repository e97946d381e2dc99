import { SignJWT, jwtVerify, createRemoteJWKSet, type JWTPayload } from 'jose';
import { unauthenticated } from '../errors';
import { isRole, type Actor, type Role } from './actor';

/** How the gateway checks bearer tokens: an HS256 secret (dev) or a JWKS URL (RS256 and friends). */
export type JwtVerifierOptions =
  | { kind: 'hs256'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };

const encoder = new TextEncoder();

/** Turns verified claims into an actor: `sub` is the id, `role` a known role, `scope` a space-separated list. */
export function actorFromClaims(claims: JWTPayload): Actor {
  const role = claims['role'];
  if (typeof claims.sub !== 'string' || !claims.sub) throw unauthenticated('Token has no subject');
  if (!isRole(role)) throw unauthenticated('Token has no valid role');
  const scope = claims['scope'];
  const scopes = typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [];
  return { id: claims.sub, role, scopes };
}

/** A verified bearer token: who it names and when it stops being valid (epoch ms, from `exp`). */
export interface VerifiedToken {
  actor: Actor;
  expiresAt?: number;
}

/** Builds a verifier that returns the actor of a valid token (and its expiry) and throws UNAUTHENTICATED otherwise. */
export function createJwtVerifier(options: JwtVerifierOptions) {
  const key = options.kind === 'hs256' ? encoder.encode(options.secret) : createRemoteJWKSet(new URL(options.jwksUrl));
  const algorithms = options.kind === 'hs256' ? ['HS256'] : ['RS256', 'ES256', 'PS256'];
  return async (token: string): Promise<VerifiedToken> => {
    try {
      const { payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
      });
      return { actor: actorFromClaims(payload), ...(typeof payload.exp === 'number' ? { expiresAt: payload.exp * 1000 } : {}) };
    } catch (error) {
      if (error instanceof Error && error.name === 'DomainError') throw error;
      throw unauthenticated('Invalid or expired token');
    }
  };
}

/** Mints an HS256 token for local use (demo tokens, tests, `npm run token`). */
export async function signDevToken(
  secret: string,
  claims: { sub: string; role: Role; scopes?: string[]; expiresIn?: string; issuer?: string; audience?: string },
): Promise<string> {
  let jwt = new SignJWT({ role: claims.role, ...(claims.scopes?.length ? { scope: claims.scopes.join(' ') } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h');
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt = jwt.setAudience(claims.audience);
  return jwt.sign(encoder.encode(secret));
}
