import { forbidden, notFound, unauthenticated } from '../errors';

/** Who may call: customers see their own data, staff roles see what their job needs. */
export const ROLES = ['customer', 'agent', 'marketer', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['agent', 'marketer', 'admin', 'system'];

/** The caller, as verified by the gateway and forwarded to the subgraphs. */
export interface Actor {
  /** Subject of the token: the customer id for customers, a staff or integration id otherwise. */
  id: string;
  role: Role;
  scopes: readonly string[];
}

/** The header names the gateway uses to talk to subgraphs; clients can never set them (the gateway strips them). */
export const ACTOR_HEADER = 'x-member-graph-actor';
export const SECRET_HEADER = 'x-member-graph-secret';

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Headers of frozen actors (the gateway's remembered tokens hand out frozen ones, sent on every subgraph call). */
const encodedFrozen = new WeakMap<Actor, string>();

/** The forwarded actor header (base64url JSON); computed once per frozen actor, which cannot change after. */
export function encodeActor(actor: Actor): string {
  const known = encodedFrozen.get(actor);
  if (known !== undefined) return known;
  const header = Buffer.from(JSON.stringify(actor), 'utf8').toString('base64url');
  if (Object.isFrozen(actor) && Object.isFrozen(actor.scopes)) encodedFrozen.set(actor, header);
  return header;
}

/** Parses the forwarded actor header; anything malformed is treated as anonymous. */
export function decodeActor(header: string | undefined): Actor | null {
  if (!header) return null;
  try {
    const raw = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Partial<Actor>;
    if (typeof raw.id !== 'string' || !isRole(raw.role)) return null;
    const scopes = Array.isArray(raw.scopes) ? raw.scopes.filter((s): s is string => typeof s === 'string') : [];
    return { id: raw.id, role: raw.role, scopes };
  } catch {
    return null;
  }
}

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** The signed-in actor holding one of `roles`, or FORBIDDEN. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const a = requireActor(actor);
  if (!roles.includes(a.role)) throw forbidden(`This needs one of the roles: ${roles.join(', ')}`);
  return a;
}

export const isStaff = (actor: Actor | null) => !!actor && STAFF_ROLES.includes(actor.role);

/**
 * Guards access to one customer's data: staff may read any customer, a customer only themself.
 * Another customer's data answers NOT_FOUND so that ids cannot be probed.
 */
export function requireCustomerAccess(actor: Actor | null, customerId: string, what = 'Customer'): Actor {
  const a = requireActor(actor);
  if (a.role === 'customer' && a.id !== customerId) throw notFound(what, customerId);
  return a;
}
