import type { WebSocket } from 'ws';

/** Limits of graphql-ws connections (the gateway's are configurable; subgraphs keep the defaults). */
export interface WsLimits {
  /** Largest frame a client may send; a bigger one closes the socket with 1009 (Message Too Big). */
  maxPayloadBytes: number;
  /** Live subscriptions one socket may hold; the next one is refused with TOO_MANY_SUBSCRIPTIONS. */
  maxSubscriptionsPerSocket: number;
  /** Open sockets one user may hold; the next connection is closed with 4429. */
  maxSocketsPerUser: number;
  /** Server ping interval; a socket that does not answer a ping within it is terminated (0: off). */
  keepAliveMs: number;
}

export const DEFAULT_WS_LIMITS: WsLimits = Object.freeze({
  maxPayloadBytes: 64 * 1024,
  maxSubscriptionsPerSocket: 20,
  maxSocketsPerUser: 10,
  keepAliveMs: 12_000,
});

/** Close codes this server uses besides graphql-ws's own (4403 Forbidden also ends an expired token). */
export const WS_CLOSE = Object.freeze({ tooManySockets: 4429, forbidden: 4403 });

/** Who a connection belongs to and until when its credentials hold. */
export interface WsIdentity {
  /** Sockets are counted per user key; none: not counted. */
  user?: string;
  /** Epoch ms after which the socket is closed with 4403 and delivers nothing more. */
  expiresAt?: number;
}

// setTimeout keeps at most a signed 32-bit delay; a later expiry is re-armed when that one fires
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Book-keeping per socket: sockets per user, and a timer that closes a socket when its token expires.
 * `admit` returns false (and closes the socket) when the user already holds the maximum.
 */
export class WsConnections {
  private readonly perUser = new Map<string, Set<WebSocket>>();

  constructor(private readonly limits: WsLimits) {}

  admit(socket: WebSocket, identity: WsIdentity): boolean {
    if (identity.user !== undefined) {
      const sockets = this.perUser.get(identity.user) ?? new Set<WebSocket>();
      if (sockets.size >= this.limits.maxSocketsPerUser) {
        socket.close(WS_CLOSE.tooManySockets, `At most ${this.limits.maxSocketsPerUser} connections per user`);
        return false;
      }
      sockets.add(socket);
      this.perUser.set(identity.user, sockets);
      socket.once('close', () => this.release(identity.user as string, socket));
    }
    if (identity.expiresAt !== undefined) this.closeAtExpiry(socket, identity.expiresAt);
    return true;
  }

  /** True when the identity's credentials have run out (checked again before every delivery). */
  static expired(identity: WsIdentity | undefined, now = Date.now()): boolean {
    return identity?.expiresAt !== undefined && now >= identity.expiresAt;
  }

  private closeAtExpiry(socket: WebSocket, expiresAt: number) {
    const wait = expiresAt - Date.now();
    const timer = setTimeout(
      () => (Date.now() >= expiresAt ? socket.close(WS_CLOSE.forbidden, 'Token expired') : this.closeAtExpiry(socket, expiresAt)),
      Math.max(0, Math.min(wait, MAX_TIMER_MS)),
    );
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  }

  private release(user: string, socket: WebSocket) {
    const sockets = this.perUser.get(user);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.perUser.delete(user);
  }
}
