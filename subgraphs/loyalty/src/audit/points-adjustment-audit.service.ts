import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { checkAuditFilter, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';
import { countAdjustments, readAdjustments } from './points-adjustment-audit.repository';
import { adjustmentAfter, adjustmentPosition } from './points-adjustment-audit.rules';
import type { PointsAdjustmentFilter } from './points-adjustment-audit.type';

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
    const connection = toConnection(rows, size, adjustmentPosition, after);
    return withTotalCount(connection, () => countAdjustments(this.deps.dataSource, filter));
  }
}
