import { requireRole, type Actor } from '../auth';
import { notFound } from '../errors';

/**
 * A person's data export (PIPL Art. 45): one document whose sections each subgraph answers for its own
 * part (`DataExport.customer`, `.loyalty`, `.service`, `.marketing`). This is what the sections share.
 */

/** The version of the export's documented shape (README "Data export"); bumped when a section changes incompatibly. */
export const EXPORT_FORMAT_VERSION = 1;

/**
 * The hard cap on every list of a section (a ledger, a ticket's messages, a send log): an export is the
 * person's whole data, so lists are complete up to this many entries; a longer list is cut at the cap and
 * its path named in the section's `truncated` (never silently short).
 */
export const EXPORT_LIST_CAP = 10_000;

/** A section as the person receives it: the lists of `section`, each at most the cap, and which ones were cut. */
export type BoundedSection = Record<string, unknown> & { truncated: string[] };

/**
 * Cuts every list of `section` (nested ones too, e.g. `tickets[].messages`) at `cap` entries and names
 * each cut list by its path in `truncated`. A section reads each list with `cap + 1` rows, so a list
 * longer than the cap is seen as such.
 */
export function boundExportLists(section: Record<string, unknown>, cap = EXPORT_LIST_CAP): BoundedSection {
  const cut = new Set<string>();
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      if (value.length > cap) cut.add(path);
      return value.slice(0, cap).map((item) => walk(item, `${path}[]`));
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k)]));
    }
    return value;
  };
  const bounded = walk(section, '') as Record<string, unknown>;
  return { ...bounded, truncated: [...cut].sort() };
}

/**
 * Who may read a section of `customerId`'s export: admins (acting on the person's request), and the
 * customer themself, also through an id of theirs merged into `customerId` (`actorMergedInto`, which a
 * subgraph reads from its own merge pointers). Staff other than admins: FORBIDDEN; another customer's
 * export: NOT_FOUND, so ids cannot be probed.
 */
export async function requireExportAccess(
  actor: Actor | null,
  customerId: string,
  actorMergedInto: (actorId: string) => Promise<string | null | undefined>,
): Promise<Actor> {
  const a = requireRole(actor, 'customer', 'admin');
  if (a.role === 'admin' || a.id === customerId) return a;
  if ((await actorMergedInto(a.id)) === customerId) return a;
  throw notFound('DataExport', customerId);
}

/**
 * One subgraph's section of `customerId`'s export: the access check, then `read` (given the row limit
 * each list is read with, the cap plus one), bounded by `boundExportLists`.
 */
export async function exportSection(
  actor: Actor | null,
  customerId: string,
  source: { actorMergedInto: (actorId: string) => Promise<string | null | undefined>; read: (listLimit: number) => Promise<Record<string, unknown>> },
  cap = EXPORT_LIST_CAP,
): Promise<BoundedSection> {
  await requireExportAccess(actor, customerId, source.actorMergedInto);
  return boundExportLists(await source.read(cap + 1), cap);
}

/**
 * SQL of a section's list: the rows of `select` (a select whose column names are the JSON keys, or the
 * `item` expression of each row `x`) as a JSON array, at most `$2` rows (a section passes the list limit
 * as its second parameter), `[]` when there are none.
 */
export const exportListSql = (select: string, item = 'x') => `(select coalesce(json_agg(${item}), '[]'::json) from (${select} limit $2) x)`;

/** SQL of an amount in cents as the export shows money: a decimal string in yuan (`"12.50"`). */
export const exportMoneySql = (column: string) => `(${column} / 100.0)::numeric(16, 2)::text`;
