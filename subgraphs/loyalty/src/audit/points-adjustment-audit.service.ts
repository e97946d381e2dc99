import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { checkAuditFilter, decodeCursor, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';
import { countAdjustments, readAdjustments } from './points-adjustment-audit.repository';
import type { PointsAdjustmentFilter } from './points-adjustment-audit.type';

/** The (time, line id) an `after` cursor names; anything else is BAD_USER_INPUT. */
function adjustmentAfter(after: string | null | undefined): [string, number] | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [at, id] = key;
  if (key.length !== 2 || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !Number.isSafeInteger(id)) throw badInput('after is not a valid cursor', { field: 'after' });
  return [at, id as number];
}

/**
 * The loyalty part of the admin audit trail: staff points adjustments (ADJUST ledger lines, which keep
 * who, why and when), filtered by customer, actor and time, newest first with keyset cursors. The rest
 * of the trail is the customer subgraph's `auditTrail`: each subgraph reads only its own tables.
 */
export class PointsAdjustmentAuditService {
  constructor(private readonly deps: { dataSource: DataSource }) {}

  async page(actor: Actor | null, filter: PointsAdjustmentFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    requireRole(actor, 'admin');
    checkAuditFilter(filter);
    const size = pageSize(first);
    const rows = await readAdjustments(this.deps.dataSource, filter, adjustmentAfter(after), size + 1);
    const connection = toConnection(rows, size, (r) => [r.at.toISOString(), Number(r.id)], after);
    return withTotalCount(connection, () => countAdjustments(this.deps.dataSource, filter));
  }
}
