import { Kind, getOperationAST, type DocumentNode } from 'graphql';
import type { Actor } from '@member-graph/common/auth';

/**
 * Which clients may share one upstream subscription (and one follow-up per event). Two clients share
 * only when nothing the subgraphs compute for them can differ: the same operation text and name, the
 * same variables, and the same actor as far as the subgraphs use it. By default that is the actor's
 * id, role and scopes (a customer's tabs and devices share; two customers never do).
 *
 * ROLE_SCOPED_FIELDS are the exceptions whose events depend on the caller's role and scopes only: staff
 * with the same role and scopes share one upstream whatever their id. Each entry says why that is safe;
 * adding a field here is a security decision and needs the same check of its subgraph (the subscribe's
 * access check, the stream's filter, every field resolver of its payload, and the follow-up subgraphs).
 */
export const ROLE_SCOPED_FIELDS: Readonly<Record<string, string>> = {
  ticketQueue:
    'service: subscribeTicketQueue checks the role only (requireServiceStaff agent/admin); queueStream reads the same ' +
    'rows for everyone (no filter by agent, no assignment); TicketQueueEvent.ticket checks the role only (READ_ROLES) and ' +
    'Ticket hides its history by role only. Follow-up fields of other subgraphs mask by role and scopes (customer: ' +
    'piiAccess), except the audit of PII shown unmasked, which is per person: see personallyAudited.',
};

/**
 * Staff whose reads the subgraphs record under their own id: admins and holders of `pii:reveal` are
 * shown phone and email unmasked, and every such reveal is audited with the viewer's id
 * (customer/src/pii/pii.access.ts, pii.loaders.ts). A shared follow-up would record only the first
 * viewer, so these actors are always keyed by id, even on role-scoped fields.
 */
export const PERSONALLY_AUDITED = { roles: ['admin'] as readonly string[], scopes: ['pii:reveal'] as readonly string[] };

const personallyAudited = (actor: Actor) => PERSONALLY_AUDITED.roles.includes(actor.role) || actor.scopes.some((s) => PERSONALLY_AUDITED.scopes.includes(s));

/**
 * Fields that, without afterSeq, stream only what happens from the moment they start (no snapshot, no
 * replay): a client joining such a shared upstream later misses nothing it was promised, so the upstream
 * stays open to joiners for its whole life. Every other stream (a replay from the beginning: returnProgress,
 * ticketProgress, pointsChanged; or any stream given afterSeq) is joinable only until its first event
 * arrives, so each of its clients gets exactly what an upstream of its own would have sent.
 */
export const LIVE_TAIL_FIELDS: readonly string[] = ['ticketQueue'];

/** The part of the actor that goes into the key: role and scopes on role-scoped fields (staff, not audited per person), else who they are. */
export function actorPart(field: string, actor: Actor | null): string {
  if (!actor) return 'anonymous';
  const scopes = [...actor.scopes].sort().join(' ');
  const byRole = field in ROLE_SCOPED_FIELDS && actor.role !== 'customer' && !personallyAudited(actor);
  return byRole ? JSON.stringify(['role', actor.role, scopes]) : JSON.stringify(['actor', actor.id, actor.role, scopes]);
}

/** The share key of one client subscription (clients with equal keys get the same events and results). */
export function shareKey(s: { field: string; operation: string; operationName?: string | null; variables: Record<string, unknown>; actor: Actor | null }): string {
  return JSON.stringify([s.operation, s.operationName ?? null, s.variables, actorPart(s.field, s.actor)]);
}

/** May a client join an upstream of its key after that upstream delivered events (see LIVE_TAIL_FIELDS)? */
export const lateJoinable = (field: string, afterSeqGiven: boolean) => LIVE_TAIL_FIELDS.includes(field) && !afterSeqGiven;

/** The root field of the operation, and whether the client gave it an afterSeq (inline or as a non-null variable). */
export function rootFieldOf(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): { name: string; afterSeqGiven: boolean } {
  const operation = getOperationAST(document, operationName ?? undefined);
  const field = operation?.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) return { name: 'unknown', afterSeqGiven: true };
  const arg = field.arguments?.find((a) => a.name.value === 'afterSeq')?.value;
  if (!arg || arg.kind === Kind.NULL) return { name: field.name.value, afterSeqGiven: false };
  if (arg.kind !== Kind.VARIABLE) return { name: field.name.value, afterSeqGiven: true };
  const name = arg.name.value;
  // a variable left out takes its declared default, if any
  const fallback = operation!.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
  const afterSeqGiven = name in variables ? variables[name] != null : !!fallback && fallback.kind !== Kind.NULL;
  return { name: field.name.value, afterSeqGiven };
}
