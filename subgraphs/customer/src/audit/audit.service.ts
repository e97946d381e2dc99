import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { checkAuditFilter, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';
import type { AuditFilter } from './audit.inputs';
import { countAudit, readAuditPage, type AuditQuery } from './audit.repository';
import { auditAfter, auditKinds, auditPosition } from './audit.rules';

/**
 * The audit trail admins read (merges, erasures, data exports, PII reveals, consent changes, audited
 * profile changes, identity unlinks), over the customer subgraph's own append-only tables, filtered by
 * customer, actor, kind and time, newest first with keyset cursors. Points adjustments are loyalty's
 * (`pointsAdjustmentAudit`): a subgraph reads only its own tables.
 */
export class AuditService {
  constructor(private readonly deps: { dataSource: DataSource }) {}

  async page(actor: Actor | null, filter: AuditFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    requireRole(actor, 'admin');
    checkAuditFilter(filter);
    const query: AuditQuery = {
      customerId: filter?.customerId ?? null,
      actorId: filter?.actorId ?? null,
      kinds: auditKinds(filter?.kinds),
      from: filter?.from ?? null,
      to: filter?.to ?? null,
    };
    const size = pageSize(first);
    const rows = await readAuditPage(this.deps.dataSource, query, auditAfter(after), size + 1);
    const connection = toConnection(rows.map((r) => ({ ...r, id: `${r.kind}:${r.ref}` })), size, auditPosition, after);
    return withTotalCount(connection, () => countAudit(this.deps.dataSource, query));
  }
}
