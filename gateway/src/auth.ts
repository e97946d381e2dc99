import { GraphQLError } from 'graphql';
import { cachedVerifier, createJwtVerifier, type Actor } from '@member-graph/common/auth';
import type { GatewayConfig } from './config';

/** Per-request context of the gateway: the verified actor (null when no token was sent), its token's expiry and the request's trace. */
export interface GatewayContext {
  actor: Actor | null;
  /** Epoch ms of the token's `exp` (WebSocket connections are closed then). */
  expiresAt?: number;
  /** Set on HTTP requests (x-request-id, accepted or generated); forwarded to subgraphs. */
  requestId?: string;
  /** A valid W3C traceparent the client sent, forwarded unchanged. */
  traceparent?: string;
}

/**
 * Verifies `Authorization: Bearer <JWT>` once per request (a token that verified is remembered for up
 * to a minute, never past its `exp`: cachedVerifier). No header → anonymous (subgraphs decide); a bad
 * or expired token → 401 UNAUTHENTICATED before anything runs.
 */
export function createAuthenticator(config: GatewayConfig) {
  const verify = cachedVerifier(createJwtVerifier(config.jwt));
  return async (authorization: string | undefined): Promise<GatewayContext> => {
    if (!authorization) return { actor: null };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticatedHttp('Authorization must be "Bearer <token>"');
    try {
      return await verify(match[1]);
    } catch {
      throw unauthenticatedHttp('Invalid or expired token');
    }
  };
}

const unauthenticatedHttp = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
