import { badInput } from '@member-graph/common/errors';
import { decodeCursor } from '@member-graph/common/graphql';
import { AuditKind } from './audit.enums';

const ALL_KINDS = Object.values(AuditKind);

/** The kinds a filter asks for, each once, or null for every kind; an empty list or an unknown kind is BAD_USER_INPUT. */
export function auditKinds(kinds: readonly string[] | null | undefined): AuditKind[] | null {
  if (kinds == null) return null;
  if (kinds.length > ALL_KINDS.length) throw badInput(`kinds takes at most ${ALL_KINDS.length} kinds`, { field: 'filter.kinds' });
  const wanted = [...new Set(kinds)];
  if (wanted.length === 0) throw badInput('kinds must name at least one kind (omit it for every kind)', { field: 'filter.kinds' });
  const unknown = wanted.find((k) => !(ALL_KINDS as string[]).includes(k));
  if (unknown) throw badInput(`unknown audit kind ${unknown}`, { field: 'filter.kinds' });
  return wanted as AuditKind[];
}

/** Where an entry sits in the newest-first trail: its time, then kind and row id (ties broken the same way every time). */
export type AuditPosition = [at: string, kind: string, ref: string];

/** The position of an entry, for its cursor. */
export const auditPosition = (entry: { at: Date; kind: string; ref: string }): AuditPosition => [entry.at.toISOString(), entry.kind, entry.ref];

/** The position an `after` cursor names, or null; a cursor that is not an audit position is BAD_USER_INPUT. */
export function auditAfter(after: string | null | undefined): AuditPosition | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [at, kind, ref] = key;
  if (key.length !== 3 || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof kind !== 'string' || typeof ref !== 'string') {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
  return [at, kind, ref];
}
